-- CreateIndex
-- verdict: safe
CREATE INDEX "Note_pinned_idx" ON "Note"("pinned");
