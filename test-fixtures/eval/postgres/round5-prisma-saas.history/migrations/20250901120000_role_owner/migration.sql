-- AlterEnum
-- verdict: safe
ALTER TYPE "Role" ADD VALUE 'OWNER';
