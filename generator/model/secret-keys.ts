/**
 * The keys the chart reads from each Secret a user may name as `existingSecret`. The
 * templates take them from here (template data `secretKeys`), and so does the README's
 * production section when it tells users how to create those Secrets: one fact, two uses.
 */
export const secretKeys = {
  /** adminCredentials.existingSecret, and the Secret the chart generates without it. */
  admin: { username: 'username', password: 'password' },
  /** database.existingSecret. */
  database: { username: 'username', password: 'password' },
  /** keystores.existingSecret: the keystore files (keystores.files) and their password. */
  keystores: { password: 'password' },
  /** encryptionKey.existingSecret. */
  encryptionKey: { key: 'encryption-key' },
} as const;
