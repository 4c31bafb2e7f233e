import type { ImageInterface, Keystore, Pattern, Product, ProductClustering } from '../pattern/pattern.types.ts';

/** A product with every optional part decided: what the model and the values tree read. */
export type ResolvedProduct = Product & { readonly imageInterface: ImageInterface; readonly clustering: ProductClustering; readonly keystore: Keystore };
export type ResolvedPattern = Omit<Pattern, 'product'> & { readonly product: ResolvedProduct };

/** The Carbon defaults, for patterns whose product contract leaves a part out. */
const defaults = {
  imageInterface: { configVolume: null, artifactVolume: null, profileEnv: null, memoryEnv: null, acceptsArgs: true, argsEnv: null },
  clustering: { schemeJarShipped: true, schemeJarDir: 'repository/components/dropins', memberPort: 4000, env: {}, supportsDns: true, oneCluster: false },
  keystore: { file: 'wso2carbon.jks', type: 'JKS', alias: 'wso2carbon', truststore: 'client-truststore.jks' },
} as const satisfies Pick<ResolvedProduct, 'imageInterface' | 'clustering' | 'keystore'>;

export function resolvePattern(pattern: Pattern): ResolvedPattern {
  const { product } = pattern;
  return {
    ...pattern,
    product: {
      ...product,
      imageInterface: product.imageInterface ?? defaults.imageInterface,
      clustering: product.clustering ?? defaults.clustering,
      keystore: product.keystore ?? defaults.keystore,
    },
  };
}
