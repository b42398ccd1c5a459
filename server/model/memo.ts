// Models computed from a tree (the count model, the numbering model, the written lines …),
// kept on the object they are computed from, so that they are built once per tree and die
// with it.
//
// Not a module-level WeakMap keyed by the tree: V8's young-generation collector (the
// scavenger) keeps WeakMap values alive until the next full collection, so every tree
// analysed since then — the models point into it — was copied again at every scavenge. On a
// 70 KB notice that was most of the garbage collector's time and about a third of the
// analysis (bench: npm run bench).

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
