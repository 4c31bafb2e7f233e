/**
 * Values several charts' ci scenarios share: what an operator creates before installing, named
 * the same in every chart so test/cluster/prerequisites/ holds one layout of each Secret.
 */

/** An external database: credentials from the `apim-database` Secret, the JDBC driver jar from an image. */
export function externalDatabase(engine: 'mysql' | 'postgresql') {
  const mysql = engine === 'mysql';
  return {
    type: engine,
    host: mysql ? 'mysql.databases.svc' : 'postgres.databases.svc',
    existingSecret: 'apim-database',
    jdbcDriver: {
      image: { registry: 'registry.example.com', repository: 'wso2/jdbc-drivers', tag: '1.0.0' },
      jarPath: mysql ? '/drivers/mysql-connector-j-8.4.0.jar' : '/drivers/postgresql-42.7.4.jar',
    },
  };
}

/** The super-admin credentials and the keystores from the operator's Secrets. */
export const operatorSecrets = {
  adminCredentials: { existingSecret: 'apim-admin' },
  keystores: { existingSecret: 'apim-keystores' },
};
