/* test-workshop-mapping.c: tasks mapped to a real imported catalogue: both
 * ways, by national code across qualifications, coverage figures checked
 * against the ePerusteet file itself, and what a re-import does to mappings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-test-workshop.h"

static void
test_agreement_perusteet (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PolkuAgreementRecord) read = NULL;
  g_autoptr(GError) error = NULL;
  PolkuAgreementRecord record = { .kind = POLKU_AGREEMENT_KIND_COOPERATION, .title = (char *) "Sopimus" };
  PolkuPerusteRefRecord ref = { .peruste_id = ws_peruste_id_of (fixture->store, "OPH-2455-2017") };
  gint64 id;

  record.perusteet = g_ptr_array_new ();
  g_ptr_array_add (record.perusteet, &ref);
  g_ptr_array_add (record.perusteet, &ref);   /* listed twice, kept once */
  id = polku_store_add_agreement (fixture->store, &record, &error);
  g_assert_no_error (error);
  g_ptr_array_unref (record.perusteet);

  read = polku_store_get_agreement (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->perusteet->len, ==, 1);
  g_assert_cmpstr (((PolkuPerusteRefRecord *) g_ptr_array_index (read->perusteet, 0))->nimi_fi, ==,
                   "Puuteollisuuden perustutkinto");

  /* Clearing the qualifications. */
  g_ptr_array_set_size (read->perusteet, 0);
  g_assert_true (polku_store_update_agreement (fixture->store, read, &error));
  g_assert_no_error (error);
  g_assert_cmpint (polku_store_query_int (fixture->store, "SELECT count(*) FROM agreement_peruste", NULL), ==, 0);
}

static void
test_mapping_both_ways (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) mappings = NULL;
  g_autoptr(GError) error = NULL;
  PolkuRecognition who = { .recognised_by = "Valmentaja Veera", .teacher_name = "Opettaja Olli",
                           .teacher_organisation = "Gradia", .note = "Yhdessä katsottu" };
  gint64 workshop_id, table, shelf, r1, r2;
  PolkuMappingRecord *mapping;
  guint n_uses = 0;

  workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  table = ws_add_task (fixture->store, workshop_id, "Pöydän valmistus");
  shelf = ws_add_task (fixture->store, workshop_id, "Hyllyn valmistus");
  r1 = ws_requirement_id_of (fixture->store, "OPH-2455-2017", "ammattitaitovaatimukset_613");
  r2 = ws_requirement_id_of (fixture->store, "OPH-2455-2017", "ammattitaitovaatimukset_615");

  g_assert_true (polku_store_map_requirement (fixture->store, table, r1, &who, &error));
  g_assert_no_error (error);
  ws_map (fixture->store, table, r2);
  ws_map (fixture->store, shelf, r2);

  /* From the task: what does it teach? */
  mappings = polku_store_list_task_mappings (fixture->store, table, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 2);
  mapping = g_ptr_array_index (mappings, 0);
  g_assert_cmpint (mapping->requirement_id, ==, r1);
  g_assert_cmpstr (mapping->text_fi, ==, "suunnitella kalusteiden valmistuksen ja työvaiheiden keskinäisen järjestyksen");
  g_assert_cmpstr (mapping->unit_koodi_arvo, ==, "105429");
  g_assert_cmpstr (mapping->diaarinumero, ==, "OPH-2455-2017");
  g_assert_cmpstr (mapping->recognised_by, ==, "Valmentaja Veera");
  g_assert_cmpstr (mapping->teacher_name, ==, "Opettaja Olli");
  g_assert_cmpstr (mapping->teacher_organisation, ==, "Gradia");
  g_assert_cmpstr (mapping->note, ==, "Yhdessä katsottu");
  g_assert_nonnull (mapping->mapped_at);
  g_assert_false (mapping->by_code);
  g_assert_cmpint (((PolkuMappingRecord *) g_ptr_array_index (mappings, 1))->requirement_id, ==, r2);
  g_clear_pointer (&mappings, g_ptr_array_unref);

  /* From the requirement: which tasks teach it? */
  mappings = polku_store_list_requirement_mappings (fixture->store, r2, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 2);
  g_assert_cmpint (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->task_id, ==, table);
  g_assert_cmpint (((PolkuMappingRecord *) g_ptr_array_index (mappings, 1))->task_id, ==, shelf);
  g_clear_pointer (&mappings, g_ptr_array_unref);

  /* Mapping again updates who recognised it, and keeps when. */
  who.note = "Tarkennettu";
  g_assert_true (polku_store_map_requirement (fixture->store, table, r1, &who, &error));
  g_assert_no_error (error);
  mappings = polku_store_list_requirement_mappings (fixture->store, r1, workshop_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 1);
  g_assert_cmpstr (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->note, ==, "Tarkennettu");
  g_clear_pointer (&mappings, g_ptr_array_unref);

  g_assert_true (polku_store_count_task_uses (fixture->store, table, &n_uses, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_uses, ==, 2);

  {
    g_autoptr(PolkuTaskRecord) task = polku_store_get_task (fixture->store, table, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (task->n_requirements, ==, 2);
  }

  g_assert_true (polku_store_unmap_requirement (fixture->store, shelf, r2, &error));
  g_assert_no_error (error);
  mappings = polku_store_list_requirement_mappings (fixture->store, r2, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 1);

  ASSERT_FAILS_QUIETLY (fixture, polku_store_unmap_requirement (fixture->store, shelf, r2, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_map_requirement (fixture->store, shelf, 999999, NULL, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  ASSERT_FAILS_QUIETLY (fixture, polku_store_map_requirement (fixture->store, 999, r1, NULL, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  ASSERT_FAILS_QUIETLY (fixture, polku_store_map_code (fixture->store, shelf, "  ", NULL, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  ASSERT_FAILS_QUIETLY (fixture, polku_store_unmap_code (fixture->store, shelf, "ammattitaitovaatimukset_1", edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);

  /* A requirement without a national code can only be mapped on its own. */
  {
    gint64 uncoded = ws_query_id (fixture->store,
                               "SELECT r.requirement_id FROM requirement r JOIN unit u USING (unit_id) "
                               "JOIN peruste p USING (peruste_id) WHERE p.diaarinumero = 'OPH-2455-2017' "
                               "AND r.koodi_uri IS NULL LIMIT 1");

    ASSERT_FAILS_UNCHANGED (fixture,
                            polku_store_map_requirement_by_code (fixture->store, shelf, uncoded, NULL, edit_error),
                            POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  }
}

static void
test_coverage_unit (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonNode) root = ws_read_json (PUUTEOLLISUUS);
  g_autoptr(GPtrArray) codes = ws_unit_codes_from_file (root, "tutkinnonosat_105429");
  g_autoptr(PolkuUnitCoverageRecord) coverage = NULL;
  g_autoptr(GError) error = NULL;
  gint64 workshop_id, unit_id, table, shelf, retired_task, other_workshop, elsewhere;
  PolkuCoverageRowRecord *row;

  /* The file says what the unit asks for: "Kalusteiden valmistaminen" has one
   * assessment area, with its national code, per requirement. */
  g_assert_cmpuint (codes->len, ==, 6);

  workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  other_workshop = ws_add_workshop (fixture->store, "Kahvila");
  unit_id = ws_unit_id_of (fixture->store, "OPH-2455-2017", "tutkinnonosat_105429");
  table = ws_add_task (fixture->store, workshop_id, "Pöydän valmistus");
  shelf = ws_add_task (fixture->store, workshop_id, "Hyllyn valmistus");
  retired_task = ws_add_task (fixture->store, workshop_id, "Vanha tehtävä");
  elsewhere = ws_add_task (fixture->store, other_workshop, "Kahvilan kalusteet");

  coverage = polku_store_get_unit_coverage (fixture->store, workshop_id, unit_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coverage->n_total, ==, codes->len);
  g_assert_cmpuint (coverage->n_covered, ==, 0);
  g_assert_cmpint (coverage->level, ==, POLKU_UNIT_EXTENT_NONE);
  for (guint i = 0; i < codes->len; i++)
    {
      row = g_ptr_array_index (coverage->rows, i);
      g_assert_cmpstr (row->koodi_uri, ==, g_ptr_array_index (codes, i));
    }
  g_clear_pointer (&coverage, polku_unit_coverage_record_free);

  /* Three requirements covered, one of them by two tasks. */
  ws_map (fixture->store, table, ws_requirement_id_of (fixture->store, "OPH-2455-2017", g_ptr_array_index (codes, 0)));
  ws_map (fixture->store, table, ws_requirement_id_of (fixture->store, "OPH-2455-2017", g_ptr_array_index (codes, 2)));
  ws_map (fixture->store, shelf, ws_requirement_id_of (fixture->store, "OPH-2455-2017", g_ptr_array_index (codes, 2)));
  ws_map (fixture->store, shelf, ws_requirement_id_of (fixture->store, "OPH-2455-2017", g_ptr_array_index (codes, 3)));
  /* An inactive task covers nothing, nor does another workshop's task. */
  ws_map (fixture->store, retired_task, ws_requirement_id_of (fixture->store, "OPH-2455-2017", g_ptr_array_index (codes, 4)));
  ws_map (fixture->store, elsewhere, ws_requirement_id_of (fixture->store, "OPH-2455-2017", g_ptr_array_index (codes, 5)));
  {
    g_autoptr(PolkuTaskRecord) task = polku_store_get_task (fixture->store, retired_task, &error);

    g_assert_no_error (error);
    task->active = FALSE;
    g_assert_true (polku_store_update_task (fixture->store, task, &error));
    g_assert_no_error (error);
  }

  coverage = polku_store_get_unit_coverage (fixture->store, workshop_id, unit_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coverage->n_total, ==, codes->len);
  g_assert_cmpuint (coverage->n_covered, ==, 3);
  g_assert_cmpint (coverage->level, ==, POLKU_UNIT_EXTENT_PARTIAL);
  g_assert_cmpfloat (coverage->credits, ==, ws_unit_credits_from_file (root, "tutkinnonosat_105429"));
  row = g_ptr_array_index (coverage->rows, 2);
  g_assert_cmpuint (row->tasks->len, ==, 2);
  g_assert_cmpint (((PolkuCoveringTaskRecord *) g_ptr_array_index (row->tasks, 0))->task_id, ==, table);
  g_assert_cmpint (((PolkuCoveringTaskRecord *) g_ptr_array_index (row->tasks, 1))->task_id, ==, shelf);
  row = g_ptr_array_index (coverage->rows, 4);
  g_assert_cmpuint (row->tasks->len, ==, 0);
  g_clear_pointer (&coverage, polku_unit_coverage_record_free);

  /* Every workshop together: the other workshop's task counts too. */
  coverage = polku_store_get_unit_coverage (fixture->store, 0, unit_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coverage->n_covered, ==, 4);
  g_clear_pointer (&coverage, polku_unit_coverage_record_free);

  /* A whole unit marked fully learnable here. */
  {
    PolkuRecognition who = { .recognised_by = "Veera", .note = "Koko tutkinnon osa" };

    g_assert_true (polku_store_set_workshop_unit (fixture->store, workshop_id, unit_id, POLKU_UNIT_EXTENT_FULL,
                                                  &who, &error));
    g_assert_no_error (error);
  }
  coverage = polku_store_get_unit_coverage (fixture->store, workshop_id, unit_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (coverage->marked, ==, POLKU_UNIT_EXTENT_FULL);
  g_assert_cmpint (coverage->level, ==, POLKU_UNIT_EXTENT_FULL);
  g_assert_cmpstr (coverage->marked_note, ==, "Koko tutkinnon osa");
  g_assert_cmpuint (coverage->n_covered, ==, 3);
  g_clear_pointer (&coverage, polku_unit_coverage_record_free);
  {
    g_autoptr(GPtrArray) units = polku_store_list_workshop_units (fixture->store, workshop_id, &error);
    PolkuWorkshopUnitRecord *marked;

    g_assert_no_error (error);
    g_assert_cmpuint (units->len, ==, 1);
    marked = g_ptr_array_index (units, 0);
    g_assert_cmpint (marked->unit_id, ==, unit_id);
    g_assert_cmpint (marked->extent, ==, POLKU_UNIT_EXTENT_FULL);
    g_assert_cmpstr (marked->recognised_by, ==, "Veera");
    g_assert_cmpstr (marked->unit_koodi_arvo, ==, "105429");
    g_assert_nonnull (marked->recognised_at);
  }

  g_assert_true (polku_store_set_workshop_unit (fixture->store, workshop_id, unit_id, POLKU_UNIT_EXTENT_NONE,
                                                NULL, &error));
  g_assert_no_error (error);
  ASSERT_FAILS_QUIETLY (fixture,
                          polku_store_set_workshop_unit (fixture->store, workshop_id, 999999,
                                                         POLKU_UNIT_EXTENT_PARTIAL, NULL, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_assert_null (polku_store_get_unit_coverage (fixture->store, workshop_id, 999999, &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
}

static void
test_coverage_peruste (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(JsonNode) root = ws_read_json (PUUTEOLLISUUS);
  g_autoptr(GPtrArray) furniture = ws_unit_codes_from_file (root, "tutkinnonosat_105429");
  g_autoptr(GPtrArray) planning = ws_unit_codes_from_file (root, "tutkinnonosat_400008");
  g_autoptr(PolkuPerusteCoverageRecord) coverage = NULL;
  g_autoptr(GError) error = NULL;
  gint64 workshop_id, peruste_id, task, surfaces;
  guint sum_total = 0, sum_covered = 0;
  double expected_full, expected_partial;

  workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  peruste_id = ws_peruste_id_of (fixture->store, "OPH-2455-2017");
  task = ws_add_task (fixture->store, workshop_id, "Kalusteprojekti");

  /* All of one unit, one requirement of another, and a third marked partly learnable. */
  for (guint i = 0; i < furniture->len; i++)
    ws_map (fixture->store, task, ws_requirement_id_of (fixture->store, "OPH-2455-2017", g_ptr_array_index (furniture, i)));
  ws_map (fixture->store, task, ws_requirement_id_of (fixture->store, "OPH-2455-2017", g_ptr_array_index (planning, 0)));
  surfaces = ws_unit_id_of (fixture->store, "OPH-2455-2017", "tutkinnonosat_105438");
  g_assert_true (polku_store_set_workshop_unit (fixture->store, workshop_id, surfaces, POLKU_UNIT_EXTENT_PARTIAL,
                                                NULL, &error));
  g_assert_no_error (error);

  coverage = polku_store_get_peruste_coverage (fixture->store, workshop_id, peruste_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (coverage->diaarinumero, ==, "OPH-2455-2017");
  g_assert_cmpstr (coverage->laajuus_yksikko, ==, "OSAAMISPISTE");
  g_assert_cmpuint (coverage->n_units, ==, 43);
  g_assert_cmpuint (coverage->n_total, ==,
                    ws_query_id (fixture->store, "SELECT count(*) FROM requirement r JOIN unit u USING (unit_id) "
                              "WHERE u.peruste_id = %" G_GINT64_FORMAT, peruste_id));
  g_assert_cmpuint (coverage->n_covered, ==, furniture->len + 1);
  g_assert_cmpuint (coverage->n_units_full, ==, 1);
  g_assert_cmpuint (coverage->n_units_partial, ==, 2);

  for (guint i = 0; i < coverage->units->len; i++)
    {
      PolkuUnitCoverageRecord *unit = g_ptr_array_index (coverage->units, i);

      sum_total += unit->n_total;
      sum_covered += unit->n_covered;
    }
  g_assert_cmpuint (sum_total, ==, coverage->n_total);
  g_assert_cmpuint (sum_covered, ==, coverage->n_covered);

  /* Credits from the file's structure links. */
  expected_full = ws_unit_credits_from_file (root, "tutkinnonosat_105429");
  expected_partial = ws_unit_credits_from_file (root, "tutkinnonosat_400008") +
                     ws_unit_credits_from_file (root, "tutkinnonosat_105438");
  g_assert_cmpfloat (coverage->credits_full, ==, expected_full);
  g_assert_cmpfloat (coverage->credits_partial, ==, expected_partial);
  g_assert_cmpfloat (coverage->credits_total, >, expected_full + expected_partial);

  {
    g_autoptr(GPtrArray) perusteet = polku_store_list_workshop_perusteet (fixture->store, workshop_id, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (perusteet->len, ==, 1);
    g_assert_cmpint (((PolkuPerusteRefRecord *) g_ptr_array_index (perusteet, 0))->peruste_id, ==, peruste_id);
  }
}

static void
test_code_mapping (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PolkuImportSummary) second = NULL;
  g_autoptr(JsonNode) root = ws_read_json (PUUTEOLLISUUS);
  g_autoptr(GPtrArray) codes = ws_unit_codes_from_file (root, "tutkinnonosat_400008");
  g_autoptr(PolkuUnitCoverageRecord) coverage = NULL;
  g_autoptr(GPtrArray) mappings = NULL;
  g_autoptr(GError) error = NULL;
  const char *code = g_ptr_array_index (codes, 0);
  gint64 workshop_id, task, here, there;
  PolkuCoverageRowRecord *row;

  workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  task = ws_add_task (fixture->store, workshop_id, "Yrityksen suunnittelu");
  here = ws_requirement_id_of (fixture->store, "OPH-2455-2017", code);

  /* Mapped once by its national code, in the woodwork qualification. */
  g_assert_true (polku_store_map_requirement_by_code (fixture->store, task, here, NULL, &error));
  g_assert_no_error (error);

  /* The horticulture qualification, imported later, shares the unit and its codes. */
  second = ws_import (fixture->store, PUUTARHA);
  there = ws_requirement_id_of (fixture->store, "OPH-901-2020", code);
  g_assert_cmpint (there, !=, here);

  coverage = polku_store_get_unit_coverage (fixture->store, workshop_id,
                                            ws_unit_id_of (fixture->store, "OPH-901-2020", "tutkinnonosat_400008"),
                                            &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coverage->n_total, ==, codes->len);
  g_assert_cmpuint (coverage->n_covered, ==, 1);
  row = g_ptr_array_index (coverage->rows, 0);
  g_assert_cmpint (row->requirement_id, ==, there);
  g_assert_cmpuint (row->tasks->len, ==, 1);
  g_assert_true (((PolkuCoveringTaskRecord *) g_ptr_array_index (row->tasks, 0))->by_code);

  /* Both ways, through the code. */
  mappings = polku_store_list_requirement_mappings (fixture->store, there, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 1);
  g_assert_cmpint (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->task_id, ==, task);
  g_assert_true (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->by_code);
  g_clear_pointer (&mappings, g_ptr_array_unref);

  mappings = polku_store_list_task_mappings (fixture->store, task, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 2);
  g_clear_pointer (&mappings, g_ptr_array_unref);

  mappings = polku_store_list_task_codes (fixture->store, task, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 1);
  g_assert_cmpstr (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->koodi_uri, ==, code);
  g_assert_cmpuint (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->n_coded, ==, 2);
  g_clear_pointer (&mappings, g_ptr_array_unref);

  /* A direct mapping as well: listed once, as direct. */
  ws_map (fixture->store, task, there);
  mappings = polku_store_list_requirement_mappings (fixture->store, there, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 1);
  g_assert_false (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->by_code);
  g_clear_pointer (&mappings, g_ptr_array_unref);

  /* The task map, as an exchange file will carry it: direct mappings with their
   * requirement's keys, then the code mappings. */
  mappings = polku_store_list_workshop_mappings (fixture->store, workshop_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 2);
  {
    PolkuMappingRecord *direct = g_ptr_array_index (mappings, 0);
    PolkuMappingRecord *coded = g_ptr_array_index (mappings, 1);

    g_assert_cmpint (direct->requirement_id, ==, there);
    g_assert_nonnull (direct->natural_key);
    g_assert_cmpstr (direct->koodi_uri, ==, code);
    g_assert_cmpstr (direct->unit_koodi_uri, ==, "tutkinnonosat_400008");
    g_assert_cmpstr (direct->diaarinumero, ==, "OPH-901-2020");
    g_assert_cmpstr (direct->task_title, ==, "Yrityksen suunnittelu");
    g_assert_cmpint (coded->requirement_id, ==, 0);
    g_assert_true (coded->by_code);
    g_assert_cmpstr (coded->koodi_uri, ==, code);
  }
  g_clear_pointer (&mappings, g_ptr_array_unref);

  /* Unmapping the requirement in one qualification drops the code mapping too. */
  g_assert_true (polku_store_unmap_requirement (fixture->store, task, here, &error));
  g_assert_no_error (error);
  g_assert_cmpint (polku_store_query_int (fixture->store, "SELECT count(*) FROM task_code", NULL), ==, 0);
  mappings = polku_store_list_task_mappings (fixture->store, task, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 1);
  g_assert_cmpint (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->requirement_id, ==, there);
}

static void
test_reimport_keeps_mappings (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PolkuImportSummary) again = NULL;
  g_autoptr(PolkuPerusteCoverageRecord) before = NULL;
  g_autoptr(PolkuPerusteCoverageRecord) after = NULL;
  g_autoptr(GPtrArray) mappings = NULL;
  g_autoptr(GError) error = NULL;
  gint64 workshop_id, task, peruste_id, r1, r2, unit_id;

  workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  task = ws_add_task (fixture->store, workshop_id, "Pöydän valmistus");
  peruste_id = ws_peruste_id_of (fixture->store, "OPH-2455-2017");
  unit_id = ws_unit_id_of (fixture->store, "OPH-2455-2017", "tutkinnonosat_105429");
  r1 = ws_requirement_id_of (fixture->store, "OPH-2455-2017", "ammattitaitovaatimukset_613");
  r2 = ws_requirement_id_of (fixture->store, "OPH-2455-2017", "ammattitaitovaatimukset_616");
  ws_map (fixture->store, task, r1);
  ws_map (fixture->store, task, r2);
  g_assert_true (polku_store_set_workshop_unit (fixture->store, workshop_id, unit_id, POLKU_UNIT_EXTENT_PARTIAL,
                                                NULL, &error));
  g_assert_no_error (error);
  {
    PolkuRecognitionRecord recognition = { .workshop_id = workshop_id, .peruste_id = peruste_id,
                                           .recognised_on = (char *) "2025-02-14" };

    g_assert_true (polku_store_set_recognition (fixture->store, &recognition, &error));
    g_assert_no_error (error);
  }

  before = polku_store_get_peruste_coverage (fixture->store, workshop_id, peruste_id, &error);
  g_assert_no_error (error);

  again = ws_import (fixture->store, PUUTEOLLISUUS);
  g_assert_true (again->updated);
  g_assert_cmpuint (again->n_requirements_retired, ==, 0);

  /* The same ids, the same mappings, the same figures. */
  g_assert_cmpint (ws_peruste_id_of (fixture->store, "OPH-2455-2017"), ==, peruste_id);
  g_assert_cmpint (ws_requirement_id_of (fixture->store, "OPH-2455-2017", "ammattitaitovaatimukset_613"), ==, r1);
  g_assert_cmpint (ws_requirement_id_of (fixture->store, "OPH-2455-2017", "ammattitaitovaatimukset_616"), ==, r2);
  mappings = polku_store_list_task_mappings (fixture->store, task, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mappings->len, ==, 2);
  g_assert_cmpint (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->requirement_id, ==, r1);
  g_assert_false (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->retired);

  after = polku_store_get_peruste_coverage (fixture->store, workshop_id, peruste_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->n_total, ==, before->n_total);
  g_assert_cmpuint (after->n_covered, ==, 2);
  g_assert_cmpuint (after->n_units_partial, ==, before->n_units_partial);

  {
    g_autoptr(PolkuRecognitionRecord) recognition = polku_store_get_recognition (fixture->store, workshop_id,
                                                                                 peruste_id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (recognition->recognised_on, ==, "2025-02-14");
  }
}

/* Removes the first two requirements of a unit's first kohdealue (2019 form). */
static GBytes *
puutarha_without_two_requirements (const char  *unit_koodi_uri,
                                   char       **out_first_code,
                                   char       **out_second_code)
{
  g_autoptr(JsonNode) root = ws_read_json (PUUTARHA);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *unit = ws_find_unit_json (root, unit_koodi_uri);
  JsonObject *requirements = json_object_get_object_member (unit, "ammattitaitovaatimukset2019");
  JsonArray *areas = json_object_get_array_member (requirements, "kohdealueet");
  JsonArray *items = json_object_get_array_member (json_array_get_object_element (areas, 0), "vaatimukset");
  char *text;
  gsize length;

  *out_first_code = g_strdup (json_object_get_string_member (
    json_object_get_object_member (json_array_get_object_element (items, 0), "koodi"), "uri"));
  *out_second_code = g_strdup (json_object_get_string_member (
    json_object_get_object_member (json_array_get_object_element (items, 1), "koodi"), "uri"));
  json_array_remove_element (items, 0);
  json_array_remove_element (items, 0);

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

static void
test_reimport_retires_mapped (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PolkuImportSummary) again = NULL;
  g_autoptr(PolkuUnitCoverageRecord) coverage = NULL;
  g_autoptr(GPtrArray) retired = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mapped_code = NULL;
  g_autofree char *unmapped_code = NULL;
  gint64 workshop_id, task, mapped, unmapped, unit_id;
  guint n_total;

  changed = puutarha_without_two_requirements ("tutkinnonosat_103908", &mapped_code, &unmapped_code);
  workshop_id = ws_add_workshop (fixture->store, "Puutarha");
  task = ws_add_task (fixture->store, workshop_id, "Kasvien tunnistus");
  unit_id = ws_unit_id_of (fixture->store, "OPH-901-2020", "tutkinnonosat_103908");
  mapped = ws_requirement_id_of (fixture->store, "OPH-901-2020", mapped_code);
  unmapped = ws_requirement_id_of (fixture->store, "OPH-901-2020", unmapped_code);
  ws_map (fixture->store, task, mapped);

  coverage = polku_store_get_unit_coverage (fixture->store, workshop_id, unit_id, &error);
  g_assert_no_error (error);
  n_total = coverage->n_total;
  g_assert_cmpuint (coverage->n_covered, ==, 1);
  g_clear_pointer (&coverage, polku_unit_coverage_record_free);

  again = polku_eperusteet_import_bytes (fixture->store, changed, "puutarha-changed.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpuint (again->n_requirements_retired, ==, 1);
  g_assert_cmpuint (again->n_requirements_removed, ==, 1);

  /* The mapped one is kept, retired; the other is gone. */
  g_assert_cmpint (ws_query_id (fixture->store, "SELECT retired FROM requirement WHERE requirement_id = %"
                             G_GINT64_FORMAT, mapped), ==, 1);
  g_assert_cmpint (ws_query_id (fixture->store, "SELECT count(*) FROM requirement WHERE requirement_id = %"
                             G_GINT64_FORMAT, unmapped), ==, 0);

  retired = polku_store_list_retired_mappings (fixture->store, workshop_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (retired->len, ==, 1);
  g_assert_cmpint (((PolkuMappingRecord *) g_ptr_array_index (retired, 0))->requirement_id, ==, mapped);
  g_assert_true (((PolkuMappingRecord *) g_ptr_array_index (retired, 0))->retired);

  /* The qualification no longer asks for it: it leaves the coverage. */
  coverage = polku_store_get_unit_coverage (fixture->store, workshop_id, unit_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coverage->n_total, ==, n_total - 2);
  g_assert_cmpuint (coverage->n_covered, ==, 0);
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PolkuDeletedTask) deleted = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *titles = NULL;
  g_autoptr(GError) error = NULL;
  gint64 workshop_id, first, table, last, copy, fresh;
  PolkuRecognition who = { .recognised_by = "Veera", .teacher_name = "Olli" };

  workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  first = ws_add_task (fixture->store, workshop_id, "Ensimmäinen");
  table = ws_add_task (fixture->store, workshop_id, "Pöydän valmistus");
  last = ws_add_task (fixture->store, workshop_id, "Viimeinen");
  g_assert_true (polku_store_map_requirement (fixture->store, table,
                                              ws_requirement_id_of (fixture->store, "OPH-2455-2017",
                                                                 "ammattitaitovaatimukset_613"),
                                              &who, &error));
  g_assert_no_error (error);
  ws_map (fixture->store, table, ws_requirement_id_of (fixture->store, "OPH-2455-2017", "ammattitaitovaatimukset_614"));
  g_assert_true (polku_store_map_code (fixture->store, table, "ammattitaitovaatimukset_106", &who, &error));
  g_assert_no_error (error);

  /* A copy teaches the same. */
  copy = polku_store_duplicate_task (fixture->store, table, TRUE, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) original = polku_store_list_task_mappings (fixture->store, table, &error);
    g_autoptr(GPtrArray) copied = polku_store_list_task_mappings (fixture->store, copy, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (copied->len, ==, original->len);
    g_assert_cmpuint (copied->len, ==, 3);
    g_assert_cmpstr (((PolkuMappingRecord *) g_ptr_array_index (copied, 0))->recognised_by, ==, "Veera");
  }
  {
    g_autoptr(PolkuDeletedTask) copy_deleted = polku_store_delete_task (fixture->store, copy, &error);

    g_assert_no_error (error);
    g_assert_nonnull (copy_deleted);
  }

  before = polku_test_dump (fixture->store);

  deleted = polku_store_delete_task (fixture->store, table, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deleted);
  g_assert_cmpint (deleted->task->task_id, ==, table);
  g_assert_cmpuint (deleted->mappings->len, ==, 3);
  g_assert_cmpint (polku_store_query_int (fixture->store, "SELECT count(*) FROM task_requirement", NULL), ==, 0);
  g_assert_cmpint (polku_store_query_int (fixture->store, "SELECT count(*) FROM task_code", NULL), ==, 0);
  titles = ws_list_task_titles (fixture->store, workshop_id);
  g_assert_cmpstr (titles, ==, "Ensimmäinen|Viimeinen");
  g_clear_pointer (&titles, g_free);

  /* A task added meanwhile never takes the deleted one's id. */
  fresh = ws_add_task (fixture->store, workshop_id, "Uusi");
  g_assert_cmpint (fresh, >, table);
  g_assert_cmpint (fresh, >, copy);

  g_assert_true (polku_store_restore_task (fixture->store, deleted, &error));
  g_assert_no_error (error);
  titles = ws_list_task_titles (fixture->store, workshop_id);
  g_assert_cmpstr (titles, ==, "Ensimmäinen|Pöydän valmistus|Viimeinen|Uusi");

  {
    g_autoptr(PolkuDeletedTask) gone = polku_store_delete_task (fixture->store, fresh, &error);

    g_assert_no_error (error);
  }

  /* Everything as it was: id, place, texts, mappings with their time and people. */
  after = polku_test_dump (fixture->store);
  g_assert_cmpstr (before, ==, after);

  /* Undoing twice fails and changes nothing. */
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_restore_task (fixture->store, deleted, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT);

  g_assert_cmpint (first, <, last);
}

static void
test_recognition (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PolkuRecognitionRecord) empty = NULL;
  g_autoptr(PolkuRecognitionRecord) read = NULL;
  g_autoptr(GError) error = NULL;
  gint64 workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  gint64 peruste_id = ws_peruste_id_of (fixture->store, "OPH-2455-2017");
  PolkuRecognitionRecord record = {
    .workshop_id = workshop_id, .peruste_id = peruste_id, .recognised_on = (char *) "2025-02-14",
    .recogniser_name = (char *) "Opettaja Olli", .recogniser_organisation = (char *) "Gradia",
  };

  empty = polku_store_get_recognition (fixture->store, workshop_id, peruste_id, &error);
  g_assert_no_error (error);
  g_assert_null (empty->recognised_on);

  g_assert_true (polku_store_set_recognition (fixture->store, &record, &error));
  g_assert_no_error (error);
  record.recogniser_organisation = (char *) "Gradia, Jyväskylä";
  g_assert_true (polku_store_set_recognition (fixture->store, &record, &error));
  g_assert_no_error (error);

  read = polku_store_get_recognition (fixture->store, workshop_id, peruste_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->recognised_on, ==, "2025-02-14");
  g_assert_cmpstr (read->recogniser_organisation, ==, "Gradia, Jyväskylä");

  g_assert_true (polku_store_delete_recognition (fixture->store, workshop_id, peruste_id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read, polku_recognition_record_free);
  read = polku_store_get_recognition (fixture->store, workshop_id, peruste_id, &error);
  g_assert_no_error (error);
  g_assert_null (read->recognised_on);
  g_assert_true (polku_store_set_recognition (fixture->store, &record, &error));
  g_assert_no_error (error);

  record.published_on = (char *) "14.2.2025";
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_set_recognition (fixture->store, &record, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);

  /* A recognised qualification stays in the catalogue while the recognition does. */
  g_assert_false (polku_store_exec (fixture->store, "DELETE FROM peruste", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, peruste, func) \
  g_test_add (path, Fixture, peruste, ws_fixture_setup_catalogue, func, ws_fixture_teardown)
  ADD ("/workshop-mapping/both-ways", PUUTEOLLISUUS, test_mapping_both_ways);
  ADD ("/workshop-mapping/by-code", PUUTEOLLISUUS, test_code_mapping);
  ADD ("/workshop-mapping/coverage/unit", PUUTEOLLISUUS, test_coverage_unit);
  ADD ("/workshop-mapping/coverage/peruste", PUUTEOLLISUUS, test_coverage_peruste);
  ADD ("/workshop-mapping/reimport/keeps-mappings", PUUTEOLLISUUS, test_reimport_keeps_mappings);
  ADD ("/workshop-mapping/reimport/retires-mapped", PUUTARHA, test_reimport_retires_mapped);
  ADD ("/workshop-mapping/tasks/delete-undo", PUUTEOLLISUUS, test_delete_undo);
  ADD ("/workshop-mapping/agreement-perusteet", PUUTEOLLISUUS, test_agreement_perusteet);
  ADD ("/workshop-mapping/recognition", PUUTEOLLISUUS, test_recognition);
#undef ADD

  status = g_test_run ();
  ws_remove_templates ();
  return status;
}
