/**
 * The database layout API Manager 3.2 and 4.x share (the contracts cite, per version,
 * where each was read): per engine, the scripts that create the apim_db tables
 * (dbscripts/apimgt, from the API-M features) and the shared_db tables (dbscripts/*.sql,
 * registry and user store, from the kernel); and the `type` deployment.toml takes per
 * engine with the driver class to name.
 */
const engineNames = ['h2', 'mysql', 'postgresql', 'mssql', 'oracle'] as const;

export const apimDatabaseScripts = Object.fromEntries(
  engineNames.map((engine) => [engine, { apim_db: [`dbscripts/apimgt/${engine}.sql`], shared_db: [`dbscripts/${engine}.sql`] }]),
);

export const apimDatabaseEngines = {
  h2: { type: 'h2', driver: 'org.h2.Driver', defaultPort: 9092 },
  mysql: { type: 'mysql', driver: 'com.mysql.cj.jdbc.Driver', defaultPort: 3306 },
  // "postgre", not "postgresql": the kernel's infer.json keys its defaults so.
  postgresql: { type: 'postgre', driver: 'org.postgresql.Driver', defaultPort: 5432 },
  mssql: { type: 'mssql', driver: 'com.microsoft.sqlserver.jdbc.SQLServerDriver', defaultPort: 1433 },
  oracle: { type: 'oracle', driver: 'oracle.jdbc.OracleDriver', defaultPort: 1521 },
};
