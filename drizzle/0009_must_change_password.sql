-- Set when an administrator chose the password (a new account, a reset): the user must choose their own
-- at the next sign-in. Existing accounts chose theirs (or were created by the CLI): false.
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;