import * as migration_20261129_055020_initial from './20261129_055020_initial';
import * as migration_20261129_071028_hijri_offsets from './20261129_071028_hijri_offsets';

export const migrations = [
  {
    up: migration_20261129_055020_initial.up,
    down: migration_20261129_055020_initial.down,
    name: '20261129_055020_initial',
  },
  {
    up: migration_20261129_071028_hijri_offsets.up,
    down: migration_20261129_071028_hijri_offsets.down,
    name: '20261129_071028_hijri_offsets'
  },
];
