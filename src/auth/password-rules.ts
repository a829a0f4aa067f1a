/** The password rule, one number for the server's validation and the web app's forms (no imports: the browser bundles it). */
export const MIN_PASSWORD_LENGTH = 12;
