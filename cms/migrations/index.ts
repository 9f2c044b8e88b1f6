import * as migration_20261129_055020_initial from './20261129_055020_initial';

export const migrations = [
  {
    up: migration_20261129_055020_initial.up,
    down: migration_20261129_055020_initial.down,
    name: '20261129_055020_initial'
  },
];
