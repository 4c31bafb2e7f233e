import { formats, object, str, type ValueObject } from './values-tree.ts';

export interface ImageDefaults {
  readonly registry: string;
  readonly repository: string;
  readonly tag: string;
  readonly digest: string;
}

/** `registry/repository:tag@digest`, Bitnami style; a digest wins over the tag. */
export function imageValues(description: string, image: ImageDefaults): ValueObject {
  return object(description, {
    registry: str('Image registry host, e.g. docker.io; `global.imageRegistry` overrides it.', image.registry, formats.registryOrEmpty),
    repository: str('Image repository.', image.repository, formats.repositoryOrEmpty),
    tag: str('Image tag.', image.tag, formats.tagOrEmpty),
    digest: str('Image digest (sha256:…); when set it is used instead of the tag.', image.digest, {
      pattern: '^(sha256:[a-f0-9]{64})?$',
    }),
  });
}
