// Models computed from a tree (the count model, the numbering model, the written lines …),
// kept on the object they are computed from, so that they are built once per tree and die
// with it (not in a WeakMap: docs/performance.md says why).

const MODELS = Symbol('notice.models');

type Owner = object & { [MODELS]?: Map<string, unknown> };

/** The model `key` of `owner`: built by `build` the first time, the same object afterwards. */
export function memo<T>(owner: object, key: string, build: () => T): T {
  const o = owner as Owner;
  let models = o[MODELS];
  if (models === undefined) {
    models = new Map();
    // Not enumerable: the tree prints, compares and spreads as it did.
    Object.defineProperty(o, MODELS, { value: models, enumerable: false });
  }
  if (models.has(key)) return models.get(key) as T;
  const model = build();
  models.set(key, model);
  return model;
}
