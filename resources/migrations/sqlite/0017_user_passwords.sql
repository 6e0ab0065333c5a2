-- Schema 17: a user profile may carry a password (docs/tamper-evidence.md, "Who may do what").
--   users.password_hash        PBKDF2-HMAC-SHA-256 of the password (hex, 32 bytes); NULL: no password
--   users.password_salt        the user's random salt (hex, 16 bytes), drawn anew at every change
--   users.password_iterations  the PBKDF2 iteration count the hash was made with, kept beside it so
--                              that a later version can raise the count for new passwords and still
--                              check the old ones; 0 without a password
-- A file where any user has a password asks every user for theirs when it opens (window and CLI).
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN password_salt TEXT;
ALTER TABLE users ADD COLUMN password_iterations INTEGER NOT NULL DEFAULT 0;
