/* test-demo.c: the demo data (polku --demo): what it needs, what it creates,
 * and that everything in it fits together.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-command-line-learners.h"
#include "polku-demo.h"
#include "polku-plan.h"
#include "polku-test-learners.h"

static gint64
count (PolkuStore *store,
       const char *sql)
{
  return lt_query_id (store, "%s", sql);
}

static void
test_needs_catalogue (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GString) report = g_string_new (NULL);

  LT_ASSERT_FAILS_UNCHANGED (fixture, g_assert_cmpint (polku_demo_fill (fixture->store, report, edit_error), ==, 1),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (report->str, ==, "");
}

static void
test_needs_catalogue_message (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (polku_demo_fill (fixture->store, NULL, &error), ==, 1);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  /* It says what to import. */
  g_assert_nonnull (strstr (error->message, POLKU_DEMO_PUUTEOLLISUUS));
  g_assert_nonnull (strstr (error->message, "--import"));
}

static PolkuLearnerRecord *
find_learner (GPtrArray  *learners,
              const char *last_name)
{
  for (guint i = 0; i < learners->len; i++)
    {
      PolkuLearnerRecord *record = g_ptr_array_index (learners, i);

      if (g_strcmp0 (record->last_name, last_name) == 0)
        return record;
    }

  g_assert_not_reached ();
}

static void
assert_progress (PolkuStore *store,
                 gint64      learner_id,
                 guint       n_units,
                 guint       n_complete)
{
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(GError) error = NULL;
  guint complete = 0;

  progress = polku_store_list_plan_progress (store, learner_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (progress->len, ==, n_units);
  for (guint i = 0; i < progress->len; i++)
    {
      PolkuUnitProgressRecord *p = g_ptr_array_index (progress, i);

      g_assert_cmpuint (p->n_total, >, 0);
      complete += p->complete;
    }
  g_assert_cmpuint (complete, ==, n_complete);
}

static void
test_fill (Fixture       *fixture,
           gconstpointer  data)
{
  PolkuLearnerFilter all = POLKU_LEARNER_FILTER_INIT;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GPtrArray) workshops = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tsv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *today = NULL;
  gint64 puu = lt_peruste_id (fixture->store, "OPH-2455-2017");
  gint64 ajo = lt_peruste_id (fixture->store, "OPH-5410-2021");
  PolkuLearnerRecord *learner;

  g_assert_cmpint (polku_demo_fill (fixture->store, report, &error), ==, 0);
  g_assert_no_error (error);
  g_test_message ("%s", report->str);

  /* One notification for the whole fill, after the commit. */
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_false (polku_store_in_transaction (fixture->store));

  /* The report: organisation, two workshops, the school, six learners. */
  lines = g_strsplit (report->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 2 + 1 + 6 + 1);
  g_assert_true (g_str_has_prefix (lines[0], "Organisation: "));
  g_assert_nonnull (strstr (lines[1], "Puuteollisuuden perustutkinto (OPH-2455-2017)"));
  g_assert_nonnull (strstr (lines[2], "Ajoneuvoalan perustutkinto (OPH-5410-2021)"));
  g_assert_true (g_str_has_prefix (lines[4], "Learner: Eetu Kokeilu (new)"));
  g_assert_cmpstr (lines[10], ==, "");

  /* Counts */
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM workshop"), ==, 2);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM task WHERE active = 1"), ==, 10);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM provider"), ==, 1);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM agreement"), ==, 2);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM learner"), ==, 6);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM learner WHERE archived = 1"), ==, 1);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM demonstration"), ==, 2);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM environment_recognition"), ==, 2);

  /* The tasks are mapped to the two qualifications, each workshop to its own,
   * and every mapping resolves to a unit in use. */
  g_assert_cmpint (count (fixture->store,
                          "SELECT count(DISTINCT u.peruste_id) FROM task_requirement tr "
                          "JOIN requirement r USING (requirement_id) JOIN unit u ON u.unit_id = r.unit_id"), ==, 2);
  g_assert_cmpint (count (fixture->store,
                          "SELECT count(*) FROM task_requirement tr JOIN requirement r USING (requirement_id) "
                          "JOIN unit u ON u.unit_id = r.unit_id WHERE r.retired = 1 OR u.retired = 1"), ==, 0);
  g_assert_cmpint (count (fixture->store,
                          "SELECT count(*) FROM (SELECT t.workshop_id FROM task_requirement tr "
                          "JOIN task t USING (task_id) JOIN requirement r USING (requirement_id) "
                          "JOIN unit u ON u.unit_id = r.unit_id GROUP BY t.workshop_id "
                          "HAVING count(DISTINCT u.peruste_id) = 1)"), ==, 2);
  /* Every planned unit is one the learner's workshop teaches, and every planned
   * task belongs to it. */
  g_assert_cmpint (count (fixture->store,
                          "SELECT count(*) FROM plan_unit_task x JOIN plan_unit pu USING (plan_unit_id) "
                          "JOIN plan pl USING (plan_id) JOIN learner l USING (learner_id) "
                          "JOIN task t ON t.task_id = x.task_id WHERE t.workshop_id <> l.workshop_id"), ==, 0);
  g_assert_cmpint (count (fixture->store,
                          "SELECT count(*) FROM competence_task ct JOIN competence c USING (competence_id) "
                          "JOIN learner l USING (learner_id) JOIN task t ON t.task_id = ct.task_id "
                          "WHERE t.workshop_id <> l.workshop_id"), ==, 0);
  /* Levels are on each unit's scale. */
  g_assert_cmpint (count (fixture->store,
                          "SELECT count(*) FROM competence c JOIN requirement r USING (requirement_id) "
                          "JOIN unit u ON u.unit_id = r.unit_id JOIN scale_level s ON s.level_id = c.level_id "
                          "WHERE s.scale_id <> u.scale_id"), ==, 0);

  all.show = POLKU_LEARNER_SHOW_ALL;
  learners = polku_store_list_learners (fixture->store, &all, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (learners->len, ==, 6);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    today = g_date_time_format (now, "%Y-%m-%d");
  }

  /* New: a period that starts today, a goal, nothing planned yet. */
  learner = find_learner (learners, "Kokeilu");
  g_assert_cmpint (learner->period_kind, ==, POLKU_PERIOD_KIND_TRAINEE);
  g_assert_cmpuint (learner->n_plan_units, ==, 0);
  g_assert_cmpuint (learner->n_identified, ==, 0);
  g_assert_false (learner->archived);

  /* Mid-period: two units, some identified, none complete; special support with measures. */
  learner = find_learner (learners, "Esimerkki");
  g_assert_cmpstr (learner->preferred_name, ==, "Aino");
  g_assert_cmpuint (learner->n_plan_units, ==, 2);
  g_assert_cmpuint (learner->n_identified, ==, 2);
  g_assert_true (learner->special_support);
  g_assert_nonnull (learner->support_measures);
  g_assert_cmpint (learner->peruste_id, ==, puu);
  assert_progress (fixture->store, learner->learner_id, 2, 0);

  /* Demonstration planned: the first unit fully identified, a demonstration ahead. */
  learner = find_learner (learners, "Malli");
  g_assert_nonnull (learner->next_demonstration_on);
  g_assert_cmpstr (learner->next_demonstration_on, >, today);
  assert_progress (fixture->store, learner->learner_id, 1, 1);

  /* Certificate due: both units complete and the period ends within a week. */
  learner = find_learner (learners, "Demo");
  assert_progress (fixture->store, learner->learner_id, 2, 2);
  g_assert_cmpint (lt_query_id (fixture->store,
                                "SELECT julianday (ends_on) - julianday ('now', 'localtime', 'start of day') "
                                "FROM learner_period WHERE learner_id = %" G_GINT64_FORMAT, learner->learner_id),
                   <=, 7);

  /* The student: koulutussopimus with the school, consent, a completed demonstration. */
  learner = find_learner (learners, "Harjoitus");
  g_assert_cmpint (learner->status, ==, POLKU_LEARNER_STATUS_OPISKELIJA);
  g_assert_cmpint (learner->period_kind, ==, POLKU_PERIOD_KIND_KOULUTUSSOPIMUS);
  g_assert_cmpint (learner->provider_id, >, 0);
  g_assert_cmpint (learner->peruste_id, ==, ajo);
  /* … and one competence the teacher has recognised, with the decision in the history. */
  g_assert_cmpint (lt_query_id (fixture->store, "SELECT count(*) FROM competence WHERE status = 'recognised' AND learner_id = %"
                                G_GINT64_FORMAT, learner->learner_id), ==, 1);
  g_assert_cmpint (lt_query_id (fixture->store, "%s", "SELECT count(*) FROM competence WHERE status = 'recognised'"), ==, 1);
  g_assert_cmpint (lt_query_id (fixture->store, "SELECT count(*) FROM competence_decision d JOIN competence c USING (competence_id) "
                                "WHERE c.learner_id = %" G_GINT64_FORMAT, learner->learner_id), ==, 1);
  {
    g_autoptr(GPtrArray) demonstrations = polku_store_list_demonstrations (fixture->store, learner->learner_id, &error);
    g_autoptr(GPtrArray) consents = polku_store_list_consents (fixture->store, learner->learner_id, &error);
    g_autoptr(GPtrArray) periods = polku_store_list_periods (fixture->store, learner->learner_id, &error);
    PolkuDemonstrationRecord *demonstration;
    PolkuDemonstrationUnitRecord *unit;

    g_assert_no_error (error);
    g_assert_cmpuint (demonstrations->len, ==, 1);
    demonstration = g_ptr_array_index (demonstrations, 0);
    g_assert_cmpint (demonstration->state, ==, POLKU_DEMONSTRATION_COMPLETED);
    g_assert_cmpstr (demonstration->place, ==, "ammatillisennaytonsuorituspaikka_1");
    g_assert_nonnull (demonstration->environment_name);
    g_assert_nonnull (demonstration->assessment_discussion_on);
    g_assert_cmpuint (demonstration->assessors->len, ==, 2);
    g_assert_cmpuint (demonstration->participants->len, ==, 3);
    g_assert_cmpuint (demonstration->units->len, ==, 1);
    unit = g_ptr_array_index (demonstration->units, 0);
    g_assert_cmpint (unit->outcome, ==, POLKU_OUTCOME_PASSED);
    g_assert_cmpint (unit->level_id, >, 0);
    g_assert_cmpuint (consents->len, ==, 1);
    g_assert_true (polku_consent_record_is_active (g_ptr_array_index (consents, 0), NULL));
    g_assert_cmpuint (periods->len, ==, 1);
    g_assert_cmpint (((PolkuPeriodRecord *) g_ptr_array_index (periods, 0))->agreement_id, >, 0);
  }

  /* Their timeline: the period, two units, the demonstration, by date. */
  {
    g_autoptr(GPtrArray) timeline = polku_store_list_timeline (fixture->store, learner->learner_id, &error);
    guint kinds[4] = { 0 };

    g_assert_no_error (error);
    g_assert_cmpuint (timeline->len, ==, 4);
    for (guint i = 0; i < timeline->len; i++)
      {
        PolkuTimelineRecord *row = g_ptr_array_index (timeline, i);

        kinds[row->kind]++;
        g_assert_nonnull (row->starts_on);
        if (i > 0)
          g_assert_cmpstr (((PolkuTimelineRecord *) g_ptr_array_index (timeline, i - 1))->starts_on, <=, row->starts_on);
      }
    g_assert_cmpuint (kinds[POLKU_TIMELINE_PERIOD], ==, 1);
    g_assert_cmpuint (kinds[POLKU_TIMELINE_UNIT], ==, 2);
    g_assert_cmpuint (kinds[POLKU_TIMELINE_DEMONSTRATION], ==, 1);
  }

  /* Archived */
  learner = find_learner (learners, "Testinen");
  g_assert_true (learner->archived);
  g_assert_nonnull (learner->archived_on);

  /* The demo plans show their structure rules. */
  {
    g_autoptr(PolkuPlan) plan = polku_plan_new (fixture->store, find_learner (learners, "Esimerkki")->learner_id);
    g_auto(GStrv) credit_lines = polku_plan_dup_credit_lines (plan);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 2);
    g_assert_cmpint (polku_plan_get_target (plan), ==, POLKU_PLAN_TARGET_QUALIFICATION);
    g_assert_cmpfloat (polku_plan_get_credits_required (plan), ==, 180);
    g_assert_cmpuint (g_strv_length (credit_lines), >, 2);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (plan)); i++)
      {
        g_autoptr(PolkuPlanUnit) unit = g_list_model_get_item (G_LIST_MODEL (plan), i);
        g_autoptr(PolkuTaskSuggestionRecord) suggestion = NULL;

        g_assert_true (polku_plan_unit_get_in_structure (unit));
        g_assert_cmpfloat (polku_plan_unit_get_credits (unit), >, 0);
        g_assert_cmpuint (polku_plan_unit_get_tasks (unit)->len, >, 0);
        suggestion = polku_plan_unit_suggest_tasks (unit, find_learner (learners, "Esimerkki")->workshop_id, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (suggestion->tasks->len, >, 0);
        g_assert_cmpuint (suggestion->uncovered->len, >, 0);
        g_assert_true (((PolkuSuggestedTaskRecord *) g_ptr_array_index (suggestion->tasks, 0))->planned);
      }
  }

  /* polku --list-learners */
  tsv = polku_store_list_learners_tsv (fixture->store, &error);
  g_assert_no_error (error);
  g_clear_pointer (&lines, g_strfreev);
  lines = g_strsplit (tsv, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  for (guint i = 0; i < 6; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_assert_cmpint (g_ascii_strtoll (fields[0], NULL, 10), >, 0);
      g_assert_true (g_str_equal (fields[2], "valmentautuja") || g_str_equal (fields[2], "opiskelija"));
      g_assert_true (g_str_equal (fields[3], "Paula Valmentaja") || g_str_equal (fields[3], "Aki Ohjaaja"));
    }
  /* By last name: Demo, Esimerkki, Harjoitus, Kokeilu, Malli, Testinen. */
  g_assert_nonnull (strstr (lines[0], "\tOnni Demo\t"));
  g_assert_nonnull (strstr (lines[5], "\tLeevi Testinen\tvalmentautuja\tAki Ohjaaja"));

  /* A second fill is refused and changes nothing. */
  workshops = polku_store_list_workshops (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  LT_ASSERT_FAILS_UNCHANGED (fixture, g_assert_cmpint (polku_demo_fill (fixture->store, NULL, edit_error), ==, 1),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
}

/* With one vocational qualification only, both workshops teach it. */
static void
test_fill_one_qualification (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (polku_demo_fill (fixture->store, report, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM workshop"), ==, 2);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM learner"), ==, 6);
  g_assert_cmpint (count (fixture->store,
                          "SELECT count(DISTINCT u.peruste_id) FROM task_requirement tr "
                          "JOIN requirement r USING (requirement_id) JOIN unit u ON u.unit_id = r.unit_id"), ==, 1);
}

/* polku --demo and --list-learners print what the functions give. */
static void
test_command_line (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = polku_test_make_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "polku.db", NULL);
      g_autoptr(PolkuStore) store = polku_test_open_store (dir);
      g_autoptr(GFile) file = NULL;
      g_autoptr(PolkuImportSummary) summary = NULL;
      g_autofree char *json = polku_test_shared_data_path (LT_PUUTEOLLISUUS);

      file = g_file_new_for_path (json);
      summary = polku_eperusteet_import_file (store, file, NULL, NULL);
      g_assert_nonnull (summary);
      g_clear_object (&store);

      g_assert_cmpint (polku_command_line_demo (path), ==, 0);
      g_assert_cmpint (polku_command_line_list_learners (path), ==, 0);
      g_assert_cmpint (polku_command_line_demo (path), ==, 1);
      polku_test_remove_tree (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("Organisation: *Learner: Leevi Testinen (archived)*\tIida Harjoitus\topiskelija\tAki Ohjaaja\n*");
  g_test_trap_assert_stderr ("*already has workshops or learners*");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, set, func) \
  g_test_add (path, Fixture, set, lt_fixture_setup_catalogue, func, lt_fixture_teardown)
  ADD ("/demo/needs-catalogue", LT_SET_EMPTY, test_needs_catalogue);
  ADD ("/demo/needs-catalogue-message", LT_SET_EMPTY, test_needs_catalogue_message);
  ADD ("/demo/fill", LT_SET_DEMO, test_fill);
  ADD ("/demo/fill-one-qualification", LT_SET_PUU, test_fill_one_qualification);
#undef ADD
  g_test_add_func ("/demo/command-line", test_command_line);

  status = g_test_run ();
  lt_remove_templates ();
  return status;
}
