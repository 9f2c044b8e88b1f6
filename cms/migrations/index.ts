import * as migration_20261129_055020_initial from './20261129_055020_initial';
import * as migration_20261129_071028_hijri_offsets from './20261129_071028_hijri_offsets';
import * as migration_20261129_071500_article_reads from './20261129_071500_article_reads';
import * as migration_20261129_071943_writer_photo_alt from './20261129_071943_writer_photo_alt';
import * as migration_20261129_090000_article_tag_index from './20261129_090000_article_tag_index';
import * as migration_20261129_100353_writer_edition_index from './20261129_100353_writer_edition_index';
import * as migration_20261129_120000_search from './20261129_120000_search';
import * as migration_20261129_130000_search_rows from './20261129_130000_search_rows';
import * as migration_20261129_140000_search_periods from './20261129_140000_search_periods';
import * as migration_20261130_020000_scheduled_first_publication from './20261130_020000_scheduled_first_publication';
import * as migration_20261130_050554_sitemap_blocks from './20261130_050554_sitemap_blocks';
import * as migration_20261130_060000_tag_index_revised from './20261130_060000_tag_index_revised';
import * as migration_20261130_120000_publishing_clock from './20261130_120000_publishing_clock';
import * as migration_20261130_122148_media_store_fields from './20261130_122148_media_store_fields';
import * as migration_20261130_154220_section_in_sentence from './20261130_154220_section_in_sentence';
import * as migration_20261130_160000_search_stems_waw from './20261130_160000_search_stems_waw';
import * as migration_20261130_170000_search_hamza_seats from './20261130_170000_search_hamza_seats';
import * as migration_20261130_183706_login_limit_by_connection from './20261130_183706_login_limit_by_connection';
import * as migration_20261130_220000_search_rules_catch_up from './20261130_220000_search_rules_catch_up';
import * as migration_20261201_040000_cache_tag_expirations from './20261201_040000_cache_tag_expirations';
import * as migration_20261201_043000_section_in_sentence_en from './20261201_043000_section_in_sentence_en';
import * as migration_20261201_062522_tag_case_index from './20261201_062522_tag_case_index';
import * as migration_20261201_071459_article_edited_by from './20261201_071459_article_edited_by';
import * as migration_20261201_090000_search_quranic_marks from './20261201_090000_search_quranic_marks';
import * as migration_20261201_130000_search_windows_first from './20261201_130000_search_windows_first';
import * as migration_20261201_131000_search_pending_limit from './20261201_131000_search_pending_limit';
import * as migration_20261202_040000_search_fold_in_steps from './20261202_040000_search_fold_in_steps';
import * as migration_20261202_041000_search_words_prefix_per_word from './20261202_041000_search_words_prefix_per_word';
import * as migration_20261202_072430_headline_search from './20261202_072430_headline_search';
import * as migration_20261203_100000_search_extended_marks from './20261203_100000_search_extended_marks';
import * as migration_20261203_120000_newsroom_search_keys from './20261203_120000_newsroom_search_keys';
import * as migration_20261204_062756_byline_type from './20261204_062756_byline_type';
import * as migration_20261204_155914_name_titles from './20261204_155914_name_titles';
import * as migration_20261205_002739_cairo_time from './20261205_002739_cairo_time';
import * as migration_20261205_092054_latin_names from './20261205_092054_latin_names';
import * as migration_20261205_130000_search_compound_names from './20261205_130000_search_compound_names';
import * as migration_20261205_160000_search_plans_kept from './20261205_160000_search_plans_kept';
import * as migration_20261207_090409_masthead_cairo_day from './20261207_090409_masthead_cairo_day';

export const migrations = [
  {
    up: migration_20261129_055020_initial.up,
    down: migration_20261129_055020_initial.down,
    name: '20261129_055020_initial',
  },
  {
    up: migration_20261129_071028_hijri_offsets.up,
    down: migration_20261129_071028_hijri_offsets.down,
    name: '20261129_071028_hijri_offsets',
  },
  {
    up: migration_20261129_071500_article_reads.up,
    down: migration_20261129_071500_article_reads.down,
    name: '20261129_071500_article_reads',
  },
  {
    up: migration_20261129_071943_writer_photo_alt.up,
    down: migration_20261129_071943_writer_photo_alt.down,
    name: '20261129_071943_writer_photo_alt',
  },
  {
    up: migration_20261129_090000_article_tag_index.up,
    down: migration_20261129_090000_article_tag_index.down,
    name: '20261129_090000_article_tag_index',
  },
  {
    up: migration_20261129_100353_writer_edition_index.up,
    down: migration_20261129_100353_writer_edition_index.down,
    name: '20261129_100353_writer_edition_index',
  },
  {
    up: migration_20261129_120000_search.up,
    down: migration_20261129_120000_search.down,
    name: '20261129_120000_search',
  },
  {
    up: migration_20261129_130000_search_rows.up,
    down: migration_20261129_130000_search_rows.down,
    name: '20261129_130000_search_rows',
  },
  {
    up: migration_20261129_140000_search_periods.up,
    down: migration_20261129_140000_search_periods.down,
    name: '20261129_140000_search_periods',
  },
  {
    up: migration_20261130_020000_scheduled_first_publication.up,
    down: migration_20261130_020000_scheduled_first_publication.down,
    name: '20261130_020000_scheduled_first_publication',
  },
  {
    up: migration_20261130_050554_sitemap_blocks.up,
    down: migration_20261130_050554_sitemap_blocks.down,
    name: '20261130_050554_sitemap_blocks',
  },
  {
    up: migration_20261130_060000_tag_index_revised.up,
    down: migration_20261130_060000_tag_index_revised.down,
    name: '20261130_060000_tag_index_revised',
  },
  {
    up: migration_20261130_120000_publishing_clock.up,
    down: migration_20261130_120000_publishing_clock.down,
    name: '20261130_120000_publishing_clock',
  },
  {
    up: migration_20261130_122148_media_store_fields.up,
    down: migration_20261130_122148_media_store_fields.down,
    name: '20261130_122148_media_store_fields',
  },
  {
    up: migration_20261130_154220_section_in_sentence.up,
    down: migration_20261130_154220_section_in_sentence.down,
    name: '20261130_154220_section_in_sentence',
  },
  {
    up: migration_20261130_160000_search_stems_waw.up,
    down: migration_20261130_160000_search_stems_waw.down,
    name: '20261130_160000_search_stems_waw',
  },
  {
    up: migration_20261130_170000_search_hamza_seats.up,
    down: migration_20261130_170000_search_hamza_seats.down,
    name: '20261130_170000_search_hamza_seats',
  },
  {
    up: migration_20261130_183706_login_limit_by_connection.up,
    down: migration_20261130_183706_login_limit_by_connection.down,
    name: '20261130_183706_login_limit_by_connection',
  },
  {
    up: migration_20261130_220000_search_rules_catch_up.up,
    down: migration_20261130_220000_search_rules_catch_up.down,
    name: '20261130_220000_search_rules_catch_up',
  },
  {
    up: migration_20261201_040000_cache_tag_expirations.up,
    down: migration_20261201_040000_cache_tag_expirations.down,
    name: '20261201_040000_cache_tag_expirations',
  },
  {
    up: migration_20261201_043000_section_in_sentence_en.up,
    down: migration_20261201_043000_section_in_sentence_en.down,
    name: '20261201_043000_section_in_sentence_en',
  },
  {
    up: migration_20261201_062522_tag_case_index.up,
    down: migration_20261201_062522_tag_case_index.down,
    name: '20261201_062522_tag_case_index',
  },
  {
    up: migration_20261201_071459_article_edited_by.up,
    down: migration_20261201_071459_article_edited_by.down,
    name: '20261201_071459_article_edited_by',
  },
  {
    up: migration_20261201_090000_search_quranic_marks.up,
    down: migration_20261201_090000_search_quranic_marks.down,
    name: '20261201_090000_search_quranic_marks',
  },
  {
    up: migration_20261201_130000_search_windows_first.up,
    down: migration_20261201_130000_search_windows_first.down,
    name: '20261201_130000_search_windows_first',
  },
  {
    up: migration_20261201_131000_search_pending_limit.up,
    down: migration_20261201_131000_search_pending_limit.down,
    name: '20261201_131000_search_pending_limit',
  },
  {
    up: migration_20261202_040000_search_fold_in_steps.up,
    down: migration_20261202_040000_search_fold_in_steps.down,
    name: '20261202_040000_search_fold_in_steps',
  },
  {
    up: migration_20261202_041000_search_words_prefix_per_word.up,
    down: migration_20261202_041000_search_words_prefix_per_word.down,
    name: '20261202_041000_search_words_prefix_per_word',
  },
  {
    up: migration_20261202_072430_headline_search.up,
    down: migration_20261202_072430_headline_search.down,
    name: '20261202_072430_headline_search',
  },
  {
    up: migration_20261203_100000_search_extended_marks.up,
    down: migration_20261203_100000_search_extended_marks.down,
    name: '20261203_100000_search_extended_marks',
  },
  {
    up: migration_20261203_120000_newsroom_search_keys.up,
    down: migration_20261203_120000_newsroom_search_keys.down,
    name: '20261203_120000_newsroom_search_keys',
  },
  {
    up: migration_20261204_062756_byline_type.up,
    down: migration_20261204_062756_byline_type.down,
    name: '20261204_062756_byline_type',
  },
  {
    up: migration_20261204_155914_name_titles.up,
    down: migration_20261204_155914_name_titles.down,
    name: '20261204_155914_name_titles',
  },
  {
    up: migration_20261205_002739_cairo_time.up,
    down: migration_20261205_002739_cairo_time.down,
    name: '20261205_002739_cairo_time',
  },
  {
    up: migration_20261205_092054_latin_names.up,
    down: migration_20261205_092054_latin_names.down,
    name: '20261205_092054_latin_names',
  },
  {
    up: migration_20261205_130000_search_compound_names.up,
    down: migration_20261205_130000_search_compound_names.down,
    name: '20261205_130000_search_compound_names',
  },
  {
    up: migration_20261205_160000_search_plans_kept.up,
    down: migration_20261205_160000_search_plans_kept.down,
    name: '20261205_160000_search_plans_kept',
  },
  {
    up: migration_20261207_090409_masthead_cairo_day.up,
    down: migration_20261207_090409_masthead_cairo_day.down,
    name: '20261207_090409_masthead_cairo_day',
  },
];
