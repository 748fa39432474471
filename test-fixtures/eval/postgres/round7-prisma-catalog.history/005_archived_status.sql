-- prisma/migrations/20240527110000_archived_status/migration.sql
-- AlterEnum
-- verdict: safe
ALTER TYPE "Status" ADD VALUE 'ARCHIVED';
