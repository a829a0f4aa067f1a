ALTER TABLE "takedown_tasks" ADD COLUMN "done_by" text;--> statement-breakpoint
ALTER TABLE "takedown_tasks" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "takedown_tasks" ADD CONSTRAINT "takedown_tasks_done_by_people_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;