import { pendingSchemaChanges } from '../schema-diff';

describe('committed migrations', () => {
  it('bring an empty database exactly to the entities (nothing left to generate)', async () => {
    const { up } = await pendingSchemaChanges();
    expect(up).toEqual([]);
  }, 240_000); // every migration on a fresh database, then a schema diff: slow on a loaded machine
});
