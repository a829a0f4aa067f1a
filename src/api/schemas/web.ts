/** Schemas of the routes in routes/web-context.ts, shared with the web app's typed client (zod only). */
import { z } from 'zod';

export const checkSettingQuerySchema = z.object({ postedAt: z.iso.datetime({ offset: true }).optional() });

export const checkSettingAnswerSchema = z.object({
  at: z.string(),
  setting: z.enum(['lesson', 'work', 'private']),
  lessonPermission: z.boolean(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
});

export const myChildrenAnswerSchema = z.object({
  children: z.array(z.object({ id: z.string(), name: z.string(), groupId: z.string().nullable(), groupName: z.string().nullable() })),
});

export type CheckSettingAnswer = z.infer<typeof checkSettingAnswerSchema>;
export type MyChild = z.infer<typeof myChildrenAnswerSchema>['children'][number];

export const takedownStatusAnswerSchema = z.object({
  personId: z.string(),
  tasks: z.array(z.object({ id: z.number(), medium: z.string(), channel: z.string(), status: z.enum(['open', 'done']), createdAt: z.string(), doneAt: z.string().nullable() })),
});
export type TakedownStatus = z.infer<typeof takedownStatusAnswerSchema>['tasks'][number];
