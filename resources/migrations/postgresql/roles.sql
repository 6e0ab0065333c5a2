-- Facturo on PostgreSQL: what the application role may do (README.md, "Roles").
-- Run as the schema's owner (the role that ran NNNN_schema.sql), after the schema, and again after
-- every schema upgrade (new tables and sequences get their rights here). Plain SQL, no psql
-- commands: the application replaces every {{APP_ROLE}} with the application role's name quoted
-- as an identifier (PQescapeIdentifier: "facturo_app") and runs the whole text with one PQexec.
--
-- The application role reads and writes rows, and nothing else: it owns no object, cannot
-- TRUNCATE, DROP, ALTER or create anything, and cannot disable a trigger (only an owner can), so
-- the rules of the schema hold for everything it does.

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM {{APP_ROLE}};

GRANT USAGE ON SCHEMA public TO {{APP_ROLE}};
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {{APP_ROLE}};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {{APP_ROLE}};
-- The identity columns draw their ids from these sequences (nextval needs USAGE).
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {{APP_ROLE}};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {{APP_ROLE}};
-- Functions keep PostgreSQL's default EXECUTE for PUBLIC: the rules' functions run as the caller.

-- The schema's version is the owner's to write (an upgrade runs as the owner).
REVOKE INSERT, UPDATE, DELETE ON facturo_schema FROM {{APP_ROLE}};
