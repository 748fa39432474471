-- verdict: safe
-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'MODERATOR';
