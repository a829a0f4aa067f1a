CREATE TABLE "protocol_acknowledgements" (
	"version_id" text NOT NULL,
	"account_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protocol_acknowledgements_version_id_account_id_pk" PRIMARY KEY("version_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "protocol_approvals" (
	"id" serial PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"meeting_date" text NOT NULL,
	"outcome" text NOT NULL,
	"minutes_ref" text NOT NULL,
	"content_hash" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protocol_reminders" (
	"version_id" text NOT NULL,
	"account_id" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "protocol_reminders_version_id_account_id_pk" PRIMARY KEY("version_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "protocol_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"school_id" text NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"based_on" text,
	"articles" jsonb NOT NULL,
	"params" jsonb NOT NULL,
	"rule_fingerprints" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"approval_date" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rescan_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"school_id" text NOT NULL,
	"version_id" text NOT NULL,
	"compare_to" text,
	"status" text DEFAULT 'waiting' NOT NULL,
	"format" text NOT NULL,
	"author_role" text DEFAULT 'auto' NOT NULL,
	"source" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"posts_done" integer DEFAULT 0 NOT NULL,
	"bytes_done" integer DEFAULT 0 NOT NULL,
	"bytes_total" integer,
	"report" jsonb,
	"error" jsonb
);
--> statement-breakpoint
ALTER TABLE "protocol_acknowledgements" ADD CONSTRAINT "protocol_acknowledgements_version_id_protocol_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."protocol_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_acknowledgements" ADD CONSTRAINT "protocol_acknowledgements_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_approvals" ADD CONSTRAINT "protocol_approvals_version_id_protocol_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."protocol_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_reminders" ADD CONSTRAINT "protocol_reminders_version_id_protocol_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."protocol_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_reminders" ADD CONSTRAINT "protocol_reminders_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_versions" ADD CONSTRAINT "protocol_versions_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rescan_jobs" ADD CONSTRAINT "rescan_jobs_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "protocol_approvals_version_idx" ON "protocol_approvals" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "protocol_versions_number_idx" ON "protocol_versions" USING btree ("school_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "protocol_versions_in_force_idx" ON "protocol_versions" USING btree ("school_id") WHERE status = 'in_force';--> statement-breakpoint
CREATE UNIQUE INDEX "protocol_versions_draft_idx" ON "protocol_versions" USING btree ("school_id") WHERE status = 'draft';--> statement-breakpoint
CREATE INDEX "rescan_jobs_school_idx" ON "rescan_jobs" USING btree ("school_id","id");