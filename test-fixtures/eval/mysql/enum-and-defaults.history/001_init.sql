-- fixture: --dialect mysql
-- verdict: safe
CREATE TABLE tickets (
  id INT AUTO_INCREMENT PRIMARY KEY,
  status ENUM('open', 'closed') NOT NULL DEFAULT 'open',
  priority INT NULL,
  subject VARCHAR(150) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
