import * as migration_20261129_055020_initial from './20261129_055020_initial';
import * as migration_20261129_090000_article_tag_index from './20261129_090000_article_tag_index';

export const migrations = [
  {
    up: migration_20261129_055020_initial.up,
    down: migration_20261129_055020_initial.down,
    name: '20261129_055020_initial'
  },
  {
    up: migration_20261129_090000_article_tag_index.up,
    down: migration_20261129_090000_article_tag_index.down,
    name: '20261129_090000_article_tag_index'
  },
];
