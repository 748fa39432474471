-- verdict: hazard missing-lock-timeout
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "bio" TEXT;

-- verdict: safe
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "avatarUrl" TEXT;

-- verdict: safe
-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "website" TEXT,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- verdict: safe
-- CreateIndex
CREATE UNIQUE INDEX "Profile_userId_key" ON "Profile"("userId");

-- verdict: safe
-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
