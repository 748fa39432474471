-- fixture: --dialect mysql --select rename-column
ALTER TABLE orders RENAME INDEX idx_old TO idx_new;
ALTER TABLE orders RENAME KEY idx_a TO idx_b;
