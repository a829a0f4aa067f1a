/**
 * The social media protocol, article by article.
 *
 * Source: `shared/protocol/protocol-sociale-media.ocr.txt` (the template protocol
 * of n.b.s. de Sterren, scanned). The Dutch text below is that scan with the OCR
 * errors corrected ("dlle" → "alle", "vitlatingen" → "uitlatingen", "flm" → "film",
 * "uvitdrukkelijk" → "uitdrukkelijk", "foegestaan" → "toegestaan", "meft" → "met",
 * "ziin" → "zijn", "richtlijinen" → "richtlijnen", "officiéle" → "officiële",
 * "mogelike" → "mogelijke", "omirent" → "omtrent", "variéren" → "variëren",
 * "mogelikheden" → "mogelijkheden", "foe" → "toe", "uvitgangspunten" → "uitgangspunten",
 * "[dafum]" → "[datum]"). The English text is our translation.
 *
 * Placeholders are filled from the school's settings when the protocol is shown:
 * `{school}` the school's name, `{datum}` the date of the (G)MR approval.
 */

export type Section = 'intro' | 'U' | 'D' | 'A' | 'B' | 'C' | 'S' | 'closing';

export interface Article {
  /** The protocol's own numbering: U1–U5, D1–D2, A1–A7, B1–B3, C1–C4, S1–S6. */
  readonly id: string;
  readonly section: Section;
  readonly nl: string;
  readonly en: string;
}

export interface SectionHeading {
  readonly section: Section;
  readonly nl: string;
  readonly en: string;
}

export const SECTION_HEADINGS: readonly SectionHeading[] = [
  { section: 'U', nl: 'Uitgangspunten', en: 'Principles' },
  { section: 'D', nl: 'Doelgroep en reikwijdte', en: 'Audience and scope' },
  {
    section: 'A',
    nl: 'Sociale media in de school — voor alle gebruikers (medewerkers, leerlingen en ouders/verzorgers)',
    en: 'Social media in school — for all users (staff, pupils and parents/guardians)',
  },
  { section: 'B', nl: 'Voor medewerkers tijdens werksituaties', en: 'For staff during work situations' },
  { section: 'C', nl: 'Voor medewerkers buiten werksituaties', en: 'For staff outside work situations' },
  { section: 'S', nl: 'Sancties en gevolgen voor medewerkers en leerlingen', en: 'Sanctions and consequences for staff and pupils' },
];

export const TITLE = {
  nl: 'Protocol Sociale Media {school}',
  en: 'Social Media Protocol {school}',
};

export const INTRODUCTION = {
  nl: [
    'Sociale media zoals Twitter, Facebook, YouTube en LinkedIn bieden de mogelijkheid om te laten zien dat je trots bent op je school en kunnen een bijdrage leveren aan een positief imago van {school}. Van belang is te beseffen dat je met berichten op sociale media (onbewust) de goede naam van de school en betrokkenen ook kunt schaden. Om deze reden vragen wij om bewust met de sociale media om te gaan.',
    'Essentieel is dat, net als in communicatie in de normale wereld, de onderwijsinstellingen en de gebruikers van sociale media de reguliere fatsoensnormen in acht blijven nemen en de nieuwe mogelijkheden met een positieve instelling benaderen.',
    '{school} vertrouwt erop dat zijn medewerkers, leerlingen, ouders/verzorgers en andere betrokkenen verantwoord om zullen gaan met sociale media en heeft dit protocol opgezet om een ieder die bij {school} betrokken is of zich daarbij betrokken voelt daarvoor richtlijnen te geven.',
  ],
  en: [
    'Social media such as Twitter, Facebook, YouTube and LinkedIn make it possible to show that you are proud of your school and can contribute to a positive image of {school}. It is important to realise that messages on social media can also (unintentionally) harm the good name of the school and of those involved. For this reason we ask everyone to use social media consciously.',
    'It is essential that, just as in communication in the ordinary world, educational institutions and users of social media keep observing the usual standards of decency and approach the new possibilities with a positive attitude.',
    '{school} trusts that its staff, pupils, parents/guardians and others involved will use social media responsibly, and has drawn up this protocol to give guidelines to everyone who is, or feels, involved with {school}.',
  ],
};

export const ARTICLES: readonly Article[] = [
  { id: 'U1', section: 'U', nl: '{school} onderkent het belang van sociale media.', en: '{school} recognises the importance of social media.' },
  { id: 'U2', section: 'U', nl: 'Dit protocol draagt bij aan een goed en veilig school- en onderwijsklimaat.', en: 'This protocol contributes to a good and safe school and learning climate.' },
  {
    id: 'U3',
    section: 'U',
    nl: 'Dit protocol bevordert dat de instelling, medewerkers, leerlingen en ouders op de sociale media communiceren in het verlengde van de missie en visie van de onderwijsinstelling en de reguliere fatsoensnormen. In de regel betekent dit dat we respect voor de school en elkaar hebben en iedereen in zijn waarde laten.',
    en: 'This protocol encourages the institution, staff, pupils and parents to communicate on social media in line with the mission and vision of the institution and the usual standards of decency. As a rule this means that we respect the school and each other and treat everyone with dignity.',
  },
  {
    id: 'U4',
    section: 'U',
    nl: 'De gebruikers van sociale media dienen rekening te houden met de goede naam van de school en van een ieder die betrokken is bij de school.',
    en: 'Users of social media must take into account the good name of the school and of everyone involved with the school.',
  },
  {
    id: 'U5',
    section: 'U',
    nl: 'Het protocol dient de onderwijsinstelling, haar medewerkers, leerlingen en ouders tegen zichzelf en anderen te beschermen tegen de mogelijke negatieve gevolgen van de sociale media.',
    en: 'The protocol serves to protect the institution, its staff, pupils and parents, against themselves and others, from the possible negative consequences of social media.',
  },
  {
    id: 'D1',
    section: 'D',
    nl: 'Deze richtlijnen zijn bedoeld voor alle betrokkenen die deel uitmaken van de schoolgemeenschap, dat wil zeggen medewerkers, leerlingen, ouders/verzorgers en mensen die op een andere manier verbonden zijn aan {school}.',
    en: 'These guidelines are meant for everyone who is part of the school community: staff, pupils, parents/guardians and people who are connected to {school} in another way.',
  },
  {
    id: 'D2',
    section: 'D',
    nl: 'De richtlijnen in dit protocol hebben enkel betrekking op school gerelateerde berichten of wanneer er een overlap is tussen school, werk en privé.',
    en: 'The guidelines in this protocol apply only to school-related messages, or where school, work and private life overlap.',
  },
  {
    id: 'A1',
    section: 'A',
    nl: 'Het is medewerkers en leerlingen niet toegestaan om tijdens de lessen actief te zijn op sociale media tenzij door de schoolleiding respectievelijk leraren hiervoor toestemming is gegeven.',
    en: 'Staff and pupils may not be active on social media during lessons unless school management or, respectively, teachers have given permission.',
  },
  {
    id: 'A2',
    section: 'A',
    nl: 'Het is betrokkenen toegestaan om kennis en informatie te delen, mits het geen vertrouwelijke of persoonlijke informatie betreft en andere betrokkenen niet schaadt.',
    en: 'Those involved may share knowledge and information, provided it is not confidential or personal information and does not harm others involved.',
  },
  {
    id: 'A3',
    section: 'A',
    nl: 'De betrokkene is persoonlijk verantwoordelijk voor de inhoud welke hij of zij publiceert op de sociale media.',
    en: 'Each person is personally responsible for the content he or she publishes on social media.',
  },
  {
    id: 'A4',
    section: 'A',
    nl: 'Elke betrokkene dient zich ervan bewust te zijn dat de gepubliceerde teksten en uitlatingen voor onbepaalde tijd openbaar zullen zijn, ook na verwijdering van het bericht.',
    en: 'Everyone must be aware that published texts and statements will remain public indefinitely, even after the message has been deleted.',
  },
  {
    id: 'A5',
    section: 'A',
    nl: 'Het is voor betrokkenen niet toegestaan om foto-, film- en geluidsopnamen van school gerelateerde situaties op de sociale media te zetten tenzij betrokkenen hier uitdrukkelijk toestemming voor plaatsing hebben gegeven.',
    en: 'Those involved may not put photo, film or sound recordings of school-related situations on social media unless the people concerned have explicitly consented to their publication.',
  },
  {
    id: 'A6',
    section: 'A',
    nl: "Het is medewerkers niet toegestaan om 'vrienden' te worden met leerlingen op sociale media.",
    en: "Staff may not become 'friends' with pupils on social media.",
  },
  {
    id: 'A7',
    section: 'A',
    nl: 'Alle betrokkenen nemen de fatsoensnormen in acht. Als fatsoensnormen worden overschreden (bijvoorbeeld: mensen pesten, kwetsen, stalken, bedreigen, zwartmaken of anderszins beschadigen) dan neemt de onderwijsinstelling passende maatregelen. Zie ook: Sancties en gevolgen voor medewerkers en leerlingen.',
    en: 'Everyone observes the standards of decency. If they are breached (for example: bullying, hurting, stalking, threatening, defaming or otherwise harming people) the institution takes appropriate measures. See also: Sanctions and consequences for staff and pupils.',
  },
  {
    id: 'B1',
    section: 'B',
    nl: 'Medewerkers hebben een bijzondere verantwoordelijkheid bij het gebruik van sociale media: privémeningen van medewerkers kunnen eenvoudig verward worden met de officiële standpunten van de onderwijsinstelling. Indien een medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft met {school} dient de medewerker te vermelden dat hij/zij medewerker is van {school}.',
    en: "Staff have a special responsibility when using social media: staff members' private opinions are easily confused with the official positions of the institution. If a staff member takes part in a discussion that (in any way) concerns {school}, the staff member must state that he/she works at {school}.",
  },
  {
    id: 'B2',
    section: 'B',
    nl: 'Als online communicatie dreigt te ontsporen dient de medewerker direct contact op te nemen met zijn/haar leidinggevende om de te volgen strategie te bespreken.',
    en: 'If online communication threatens to get out of hand, the staff member must contact his/her manager immediately to discuss the strategy to follow.',
  },
  {
    id: 'B3',
    section: 'B',
    nl: 'Bij twijfel of een publicatie in strijd is met deze richtlijnen neemt de medewerker contact op met zijn/haar leidinggevende.',
    en: 'When in doubt whether a publication conflicts with these guidelines, the staff member contacts his/her manager.',
  },
  {
    id: 'C1',
    section: 'C',
    nl: 'Het is de medewerker toegestaan om school gerelateerde onderwerpen te publiceren mits het geen vertrouwelijke of persoonsgebonden informatie over de school, zijn medewerkers, leerlingen, ouders/verzorgers en andere betrokkenen betreft. Tevens mag de publicatie de naam van de school niet schaden.',
    en: 'Staff may publish on school-related subjects provided it is not confidential or personal information about the school, its staff, pupils, parents/guardians or others involved. Nor may the publication harm the name of the school.',
  },
  {
    id: 'C2',
    section: 'C',
    nl: 'Het is voor medewerkers niet toegestaan standpunten en/of overtuigingen uit te dragen welke in strijd zijn met de missie en visie van {school} en de uitgangspunten van dit protocol.',
    en: 'Staff may not propagate views and/or beliefs that conflict with the mission and vision of {school} and the principles of this protocol.',
  },
  {
    id: 'C3',
    section: 'C',
    nl: 'Indien de medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft met de onderwijsinstelling dient de medewerker te vermelden dat hij/zij medewerker is van {school}.',
    en: 'If a staff member takes part in a discussion that (in any way) concerns the institution, the staff member must state that he/she works at {school}.',
  },
  {
    id: 'C4',
    section: 'C',
    nl: 'Indien de medewerker over {school} publiceert dient hij/zij het bericht te voorzien van de vermelding dat de standpunten en meningen in dit bericht de eigen persoonlijke mening zijn en los staan van eventuele officiële standpunten van {school}. Verder meldt de medewerker dat hij of zij niet verantwoordelijk is voor de inhoud en uitlatingen van derden.',
    en: 'If a staff member publishes about {school}, he/she must add to the message that the views and opinions in it are his/her own personal opinion and separate from any official positions of {school}. The staff member also states that he or she is not responsible for the content and statements of third parties.',
  },
  {
    id: 'S1',
    section: 'S',
    nl: 'Medewerkers die in strijd handelen met dit protocol maken zich mogelijk schuldig aan plichtsverzuim. Alle correspondentie omtrent dit onderwerp wordt opgenomen in het personeelsdossier.',
    en: 'Staff who act in breach of this protocol may be guilty of dereliction of duty. All correspondence on this matter is filed in the personnel file.',
  },
  {
    id: 'S2',
    section: 'S',
    nl: "Indien L & E de wijze van communiceren door een medewerker(s) als 'grensoverschrijdend' kwalificeert, dan wordt dit telefonisch gemeld bij de Landelijke Vertrouwensinspecteur (0900 - 1113111).",
    en: "If L & E qualifies the way a staff member (or members) communicated as 'crossing the line', this is reported by phone to the national confidential inspector (Landelijke Vertrouwensinspecteur, 0900 - 1113111).",
  },
  {
    id: 'S3',
    section: 'S',
    nl: 'Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen worden naar medewerkers toe rechtspositionele maatregelen genomen welke variëren van waarschuwing, schorsing, berisping, ontslag en ontslag op staande voet.',
    en: 'Depending on the seriousness of the statements, behaviour and consequences, employment measures are taken against staff, ranging from warning, suspension, reprimand, dismissal to summary dismissal.',
  },
  {
    id: 'S4',
    section: 'S',
    nl: 'Leerlingen en/of ouders/verzorgers die in strijd met dit protocol handelen maken zich mogelijk schuldig aan verwijtbaar gedrag. Alle correspondentie omtrent dit onderwerp wordt opgenomen in het leerlingendossier.',
    en: 'Pupils and/or parents/guardians who act in breach of this protocol may be guilty of culpable behaviour. All correspondence on this matter is filed in the pupil file.',
  },
  {
    id: 'S5',
    section: 'S',
    nl: 'Afhankelijk van de ernst van de uitlatingen, gedragingen en gevolgen worden naar leerlingen en/of ouders/verzorgers toe maatregelen genomen welke variëren van waarschuwing, schorsing en verwijdering van school.',
    en: 'Depending on the seriousness of the statements, behaviour and consequences, measures are taken against pupils and/or parents/guardians, ranging from warning, suspension to removal from school.',
  },
  {
    id: 'S6',
    section: 'S',
    nl: 'Indien de uitlating van leerlingen, en/of ouders/verzorgers en medewerkers mogelijk een strafrechtelijke overtreding inhoudt zal door {school} aangifte bij de politie worden gedaan.',
    en: 'If a statement by pupils, parents/guardians or staff may constitute a criminal offence, {school} will report it to the police.',
  },
];

export const CLOSING = {
  nl: 'Dit protocol is met instemming van de (G)MR op {datum} tot stand gekomen.',
  en: 'This protocol was adopted with the consent of the (joint) participation council ((G)MR) on {datum}.',
};

const byId = new Map(ARTICLES.map((a) => [a.id, a]));

export function findArticle(id: string): Article | undefined {
  return byId.get(id.toUpperCase());
}
