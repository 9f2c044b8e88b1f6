import * as migration_20261129_055020_initial from './20261129_055020_initial';
import * as migration_20261129_120000_search from './20261129_120000_search';

export const migrations = [
  {
    up: migration_20261129_055020_initial.up,
    down: migration_20261129_055020_initial.down,
    name: '20261129_055020_initial'
  },
  {
    up: migration_20261129_120000_search.up,
    down: migration_20261129_120000_search.down,
    name: '20261129_120000_search'
  },
];
