/* test-exchange.c: XML exchange files (issue 7): round trips between two
 * databases, the schema, and hostile input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "polku-demo.h"
#include "polku-exchange.h"
#include "polku-exchange-xml.h"
#include "polku-store-exchange.h"
#include "polku-store-learners.h"
#include "polku-test-learners.h"

/* Two organisations: the workshop (coach) and the school (teacher). */
typedef struct
{
  Fixture coach;
  Fixture school;
  char   *dir;
} Pair;

static void
pair_setup (Pair          *pair,
            gconstpointer  data)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  lt_fixture_setup_catalogue (&pair->coach, LT_SET_DEMO);
  lt_fixture_setup_catalogue (&pair->school, data != NULL ? data : LT_SET_DEMO);
  g_assert_cmpint (polku_demo_fill (pair->coach.store, report, &error), ==, 0);
  g_assert_no_error (error);
  pair->dir = polku_test_make_tmpdir ();
}

static void
pair_teardown (Pair          *pair,
               gconstpointer  data)
{
  lt_fixture_teardown (&pair->coach, NULL);
  lt_fixture_teardown (&pair->school, NULL);
  polku_test_remove_tree (pair->dir);
  g_free (pair->dir);
}

static GFile *
pair_file (Pair       *pair,
           const char *name)
{
  g_autofree char *path = g_build_filename (pair->dir, name, NULL);
  return g_file_new_for_path (path);
}

/* Every file we write must pass the schema as an outside tool reads it. */
static void
assert_xmllint_valid (GFile *file)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *err = NULL;
  int status = 0;

  if (xmllint == NULL)
    {
      g_test_message ("xmllint not installed; schema checked only by the library");
      return;
    }

  schema = g_build_filename (g_getenv ("POLKU_SOURCE_ROOT"), "resources", "schema", "polku-exchange.rng", NULL);
  {
    const char *argv[] = { xmllint, "--noout", "--nonet", "--relaxng", schema, path, NULL };
    g_autoptr(GError) error = NULL;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
    g_assert_no_error (error);
  }
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint: %s", err);
}

/* The demo learner with an active consent for the demo provider and the most items. */
static gint64
consenting_learner (PolkuStore *store,
                    gint64     *out_provider_id)
{
  *out_provider_id = lt_query_id (store, "SELECT provider_id FROM consent WHERE withdrawn_on IS NULL "
                                  "ORDER BY learner_id DESC LIMIT 1");
  return lt_query_id (store, "SELECT learner_id FROM consent WHERE withdrawn_on IS NULL "
                      "ORDER BY learner_id DESC LIMIT 1");
}

/* Exports the smallest package of a consenting demo learner from the coach's
 * database; @options gets what was asked for. */
static void
export_minimal_package (Pair                *pair,
                        GFile               *package,
                        PolkuPackageOptions *options)
{
  g_autoptr(GError) error = NULL;

  polku_package_options_init (options);
  options->learner_id = consenting_learner (pair->coach.store, &options->provider_id);
  g_assert_true (polku_exchange_export_package (pair->coach.store, options, package, &error));
  g_assert_no_error (error);
}

static PolkuExchangeImport *
prepare_unchanged (PolkuStore *store,
                   GFile      *file)
{
  g_autoptr(GError) error = NULL;
  PolkuExchangeImport *import;
  gint64 before, after;

  /* Rows written through this connection: cheaper than a dump of the demo
   * (the hostile and missing-peruste tests compare dumps). */
  before = polku_store_query_int (store, "SELECT total_changes ()", &error);
  import = polku_exchange_import_prepare (store, file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  after = polku_store_query_int (store, "SELECT total_changes ()", &error);
  g_assert_cmpint (before, ==, after);
  g_assert_false (polku_store_in_transaction (store));
  return import;
}

static char *
decision_of (PolkuStore *store,
             gint64      learner_id,
             const char *natural_key)
{
  g_autoptr(PolkuCompetenceRecord) c = NULL;
  g_autoptr(GError) error = NULL;
  gint64 requirement_id = polku_store_find_requirement_by_key (store, natural_key, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (requirement_id, >, 0);
  c = polku_store_get_competence (store, learner_id, requirement_id, &error);
  g_assert_no_error (error);
  return g_strdup_printf ("%d|%s|%s|%s|%s|%d", c->teacher_decision, c->teacher_comment, c->teacher_name,
                          c->teacher_organisation, c->decided_on, c->status);
}

static void
test_round_trip (Pair          *pair,
                 gconstpointer  data)
{
  PolkuStore *coach = pair->coach.store, *school = pair->school.store;
  g_autoptr(GFile) package = pair_file (pair, "package.xml");
  g_autoptr(GFile) decisions = pair_file (pair, "decisions.xml");
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(PolkuExchangeImport) back = NULL;
  g_autoptr(PolkuExchangeImport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *uuid = NULL;
  g_autofree char *description = NULL;
  PolkuPackageOptions options;
  gint64 learner_id, provider_id, school_learner;
  const PolkuTeacherDecision values[] = { POLKU_TEACHER_DECISION_RECOGNISED,
                                          POLKU_TEACHER_DECISION_NOT_RECOGNISED,
                                          POLKU_TEACHER_DECISION_MORE_EVIDENCE };

  /* Coach → school */
  learner_id = consenting_learner (coach, &provider_id);
  polku_package_options_init (&options);
  options.learner_id = learner_id;
  options.provider_id = provider_id;
  options.include_student_number = TRUE;
  options.include_observations = TRUE;
  options.include_evidence = TRUE;

  description = polku_exchange_describe_package (coach, &options, &error);
  g_assert_no_error (error);
  g_assert_true (strstr (description, "Name:") != NULL);
  g_assert_true (strstr (description, "observations") != NULL);
  g_assert_true (strstr (description, "own views") == NULL);

  g_assert_true (polku_exchange_export_package (coach, &options, package, &error));
  g_assert_no_error (error);
  assert_xmllint_valid (package);

  import = prepare_unchanged (school, package);
  g_assert_cmpint (polku_exchange_import_get_kind (import), ==, POLKU_EXCHANGE_PACKAGE);
  g_assert_cmpstr (polku_exchange_import_get_sender (import), !=, NULL);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_NEW), >, 3);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_CONFLICT), ==, 0);
  g_assert_cmpint (polku_exchange_import_get_learner_id (import), ==, 0);
  g_assert_cmpstr (polku_exchange_import_get_name (import), ==, "package.xml");
  /* Items carry their unit's label, the same text as the unit's own change,
   * so that a long list can be grouped per unit. */
  {
    GPtrArray *changes = polku_exchange_import_get_changes (import);
    g_autoptr(GHashTable) subjects = g_hash_table_new (g_str_hash, g_str_equal);
    guint n_items = 0;

    for (guint i = 0; i < changes->len; i++)
      g_hash_table_add (subjects, ((PolkuExchangeChange *) changes->pdata[i])->subject);
    for (guint i = 0; i < changes->len; i++)
      {
        PolkuExchangeChange *c = changes->pdata[i];

        if (!g_str_has_prefix (c->subject, "Item "))
          {
            g_assert_null (c->group);
            continue;
          }
        n_items++;
        g_assert_nonnull (c->group);
        g_assert_true (g_hash_table_contains (subjects, c->group));
        g_assert_nonnull (strstr (c->group, "(unit "));
      }
    g_assert_cmpuint (n_items, >=, 3);
  }
  g_assert_true (polku_exchange_import_apply (school, import, &error));
  g_assert_no_error (error);

  uuid = polku_store_get_learner_exchange_uuid (coach, learner_id, &error);
  school_learner = polku_store_find_learner_by_exchange_uuid (school, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (school_learner, >, 0);
  g_assert_cmpint (polku_exchange_import_get_learner_id (import), ==, school_learner);
  {
    g_autoptr(PolkuLearnerRecord) here = polku_store_get_learner (coach, learner_id, &error);
    g_autoptr(PolkuLearnerRecord) there = polku_store_get_learner (school, school_learner, &error);

    /* The identifying minimum only: no contact details or notes travel. */
    g_assert_cmpstr (there->first_names, ==, here->first_names);
    g_assert_cmpstr (there->last_name, ==, here->last_name);
    g_assert_cmpstr (there->student_number, ==, here->student_number);
    g_assert_nonnull (there->student_number);
    /* A student there is a student of the receiving provider here (added,
     * as the school had no provider of that name). */
    g_assert_cmpint (there->status, ==, POLKU_LEARNER_STATUS_OPISKELIJA);
    g_assert_cmpint (there->provider_id, >, 0);
    g_assert_cmpstr (there->provider_name, ==, here->provider_name);
    g_assert_cmpint (lt_query_id (school, "SELECT count(*) FROM provider"), ==, 1);
    g_assert_null (there->email);
    g_assert_null (there->phone);
    g_assert_null (there->notes);
    g_assert_null (there->support_measures);
  }

  /* The items wait for review on the school's side. */
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM competence WHERE learner_id = %" G_GINT64_FORMAT
                                            " AND status IN ('identified', 'demonstrated') AND teacher_decision IS NULL",
                                            school_learner);
    g_assert_cmpint (polku_store_query_int (school, sql, &error), >=, 3);
  }

  /* Reading it twice changes nothing. */
  again = prepare_unchanged (school, package);
  g_assert_cmpuint (polku_exchange_import_count (again, POLKU_EXCHANGE_CHANGE_NEW), ==, 0);
  g_assert_cmpuint (polku_exchange_import_count (again, POLKU_EXCHANGE_CHANGE_UPDATED), ==, 0);
  g_clear_pointer (&again, polku_exchange_import_free);

  /* The teacher decides three items. */
  {
    g_autoptr(GPtrArray) units = polku_store_list_plan_units (school, school_learner, &error);
    guint n = 0;

    g_assert_no_error (error);
    for (guint u = 0; u < units->len && n < 3; u++)
      {
        g_autoptr(GPtrArray) cs = polku_store_list_competences (school, school_learner,
                                                                ((PolkuPlanUnitRecord *) units->pdata[u])->unit_id, &error);
        for (guint i = 0; i < cs->len && n < 3; i++)
          {
            PolkuCompetenceRecord *c = cs->pdata[i];
            char *key = NULL;

            if (c->competence_id == 0)
              continue;
            g_assert_true (polku_store_get_requirement_codes (school, c->requirement_id, &key, NULL, &error));
            g_ptr_array_add (items, key);
            g_assert_true (polku_store_record_teacher_decision (school, school_learner, c->requirement_id, values[n],
                                                                n == 1 ? "Näyttö puuttuu <vielä> & \"tarkennus\"" : NULL,
                                                                "Opettaja Olli", "Esimerkkiopisto", "2026-11-20", &error));
            g_assert_no_error (error);
            n++;
          }
      }
    g_assert_cmpuint (n, ==, 3);
  }

  /* School → coach */
  g_assert_true (polku_exchange_export_decisions (school, school_learner, decisions, &error));
  g_assert_no_error (error);
  assert_xmllint_valid (decisions);

  back = prepare_unchanged (coach, decisions);
  g_assert_cmpint (polku_exchange_import_get_kind (back), ==, POLKU_EXCHANGE_DECISIONS);
  g_assert_cmpuint (polku_exchange_import_count (back, POLKU_EXCHANGE_CHANGE_NEW), ==, 3);
  g_assert_true (polku_exchange_import_apply (coach, back, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *here = decision_of (coach, learner_id, items->pdata[i]);
      g_autofree char *there = decision_of (school, school_learner, items->pdata[i]);

      g_assert_cmpstr (here, ==, there);
    }

  /* Read again: nothing new. */
  again = prepare_unchanged (coach, decisions);
  g_assert_cmpuint (polku_exchange_import_count (again, POLKU_EXCHANGE_CHANGE_NEW), ==, 0);
  g_assert_cmpuint (polku_exchange_import_count (again, POLKU_EXCHANGE_CHANGE_UNCHANGED), ==, 3);
  g_clear_pointer (&again, polku_exchange_import_free);

  /* The teacher reopens the recognised item with another decision: on the coach's
   * side the item is locked, so this is a conflict and is not applied. */
  {
    gint64 requirement_id = polku_store_find_requirement_by_key (school, items->pdata[0], NULL, &error);
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    g_assert_true (polku_store_record_teacher_decision (school, school_learner, requirement_id,
                                                        POLKU_TEACHER_DECISION_MORE_EVIDENCE, "Uusi arvio",
                                                        "Opettaja Olli", "Esimerkkiopisto", "2026-11-25", &error));
    g_assert_no_error (error);
    g_assert_true (polku_exchange_export_decisions (school, school_learner, decisions, &error));
    again = prepare_unchanged (coach, decisions);
    g_assert_cmpuint (polku_exchange_import_count (again, POLKU_EXCHANGE_CHANGE_CONFLICT), ==, 1);
    before = decision_of (coach, learner_id, items->pdata[0]);
    g_assert_true (polku_exchange_import_apply (coach, again, &error));
    g_assert_no_error (error);
    after = decision_of (coach, learner_id, items->pdata[0]);
    g_assert_cmpstr (before, ==, after);
    g_clear_pointer (&again, polku_exchange_import_free);
  }

  /* A learner renamed at the school: the package names a conflict, the name stays. */
  {
    g_autoptr(PolkuLearnerRecord) learner = polku_store_get_learner (school, school_learner, &error);
    g_autoptr(PolkuLearnerRecord) after = NULL;

    g_free (learner->first_names);
    learner->first_names = g_strdup ("Iida-Maria");
    g_assert_true (polku_store_update_learner (school, learner, &error));
    again = prepare_unchanged (school, package);
    g_assert_cmpuint (polku_exchange_import_count (again, POLKU_EXCHANGE_CHANGE_CONFLICT), >=, 1);
    g_assert_true (polku_exchange_import_apply (school, again, &error));
    after = polku_store_get_learner (school, school_learner, &error);
    g_assert_cmpstr (after->first_names, ==, "Iida-Maria");
    g_clear_pointer (&again, polku_exchange_import_free);
  }

  /* Apply compares again: the learner erased after prepare stops it, and the
   * database stays as it was. */
  {
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    again = prepare_unchanged (coach, decisions);
    g_assert_true (polku_store_erase_learner (coach, learner_id, &error));
    g_assert_no_error (error);
    before = polku_test_dump (coach);
    g_assert_false (polku_exchange_import_apply (coach, again, &error));
    g_assert_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_UNKNOWN_LEARNER);
    g_assert_false (polku_store_in_transaction (coach));
    after = polku_test_dump (coach);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_consent_required (Pair          *pair,
                       gconstpointer  data)
{
  PolkuStore *coach = pair->coach.store;
  g_autoptr(GFile) package = pair_file (pair, "package.xml");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PolkuPackageOptions options;
  gint64 provider_id;

  consenting_learner (coach, &provider_id);
  polku_package_options_init (&options);
  options.provider_id = provider_id;
  options.learner_id = lt_query_id (coach, "SELECT learner_id FROM learner WHERE learner_id NOT IN "
                                    "(SELECT learner_id FROM consent) ORDER BY learner_id LIMIT 1");

  text = polku_exchange_describe_package (coach, &options, &error);
  g_assert_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NO_CONSENT);
  g_assert_null (text);
  g_clear_error (&error);
  g_assert_false (polku_exchange_export_package (coach, &options, package, &error));
  g_assert_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NO_CONSENT);
  g_assert_false (g_file_query_exists (package, NULL));
}

static GBytes *
read_bytes (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  return polku_test_read_file (path);
}

static PolkuExchangeImport *
prepare_text (PolkuStore  *store,
              const char  *text,
              const char  *name,
              GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  return polku_exchange_import_prepare_bytes (store, bytes, name, error);
}

static gboolean
has_change (PolkuExchangeImport     *import,
            PolkuExchangeChangeKind  kind,
            const char              *detail_part)
{
  GPtrArray *changes = polku_exchange_import_get_changes (import);

  for (guint i = 0; i < changes->len; i++)
    {
      PolkuExchangeChange *c = g_ptr_array_index (changes, i);

      if (c->kind == kind && c->detail != NULL && strstr (c->detail, detail_part) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The student number belongs to the learner's own education provider: sent to
 * it only, and there it makes a trainee a student of that provider. */
static void
test_package_student (Pair          *pair,
                      gconstpointer  data)
{
  PolkuStore *coach = pair->coach.store, *school = pair->school.store;
  g_autoptr(GFile) package = pair_file (pair, "package.xml");
  g_autoptr(GFile) other = pair_file (pair, "other.xml");
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(PolkuLearnerRecord) learner = NULL;
  g_autoptr(PolkuLearnerRecord) after = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PolkuProviderRecord provider = { 0 };
  PolkuConsentRecord consent = { 0 };
  PolkuPackageOptions options;
  gint64 school_learner, school_provider;
  g_autofree char *uuid = NULL;

  polku_package_options_init (&options);
  options.learner_id = consenting_learner (coach, &options.provider_id);
  options.include_student_number = TRUE;
  learner = polku_store_get_learner (coach, options.learner_id, &error);
  g_assert_cmpint (learner->status, ==, POLKU_LEARNER_STATUS_OPISKELIJA);
  g_assert_cmpint (learner->provider_id, ==, options.provider_id);

  /* The school already knows itself as a provider, by another spelling. */
  {
    g_autoptr(PolkuProviderRecord) theirs = polku_store_get_provider (coach, options.provider_id, &error);
    g_autofree char *upper = g_utf8_strup (theirs->name, -1);

    provider.name = upper;
    school_provider = polku_store_add_provider (school, &provider, &error);
    g_assert_no_error (error);
  }

  /* To another provider: no student number, even when asked. */
  provider.name = (char *) "Toinen opisto";
  consent.learner_id = options.learner_id;
  consent.provider_id = polku_store_add_provider (coach, &provider, &error);
  g_assert_no_error (error);
  consent.given_on = (char *) "2026-11-01";
  consent.scope = (char *) "Osaaminen";
  g_assert_cmpint (polku_store_add_consent (coach, &consent, &error), >, 0);
  g_assert_no_error (error);
  {
    PolkuPackageOptions to_other = options;
    g_autofree char *description = NULL;

    to_other.provider_id = consent.provider_id;
    g_assert_true (polku_exchange_export_package (coach, &to_other, other, &error));
    g_assert_no_error (error);
    bytes = read_bytes (other);
    g_assert_false (lt_bytes_contain (bytes, "<student-number>"));
    g_assert_false (lt_bytes_contain (bytes, learner->student_number));
    g_clear_pointer (&bytes, g_bytes_unref);
    description = polku_exchange_describe_package (coach, &to_other, &error);
    g_assert_no_error (error);
    g_assert_null (strstr (description, learner->student_number));
  }

  /* Received without a number: a trainee until one is recorded. */
  import = polku_exchange_import_prepare (school, other, &error);
  g_assert_no_error (error);
  g_assert_true (has_change (import, POLKU_EXCHANGE_CHANGE_NEW, "trainee"));
  g_assert_true (polku_exchange_import_apply (school, import, &error));
  g_assert_no_error (error);
  g_clear_pointer (&import, polku_exchange_import_free);
  uuid = polku_store_get_learner_exchange_uuid (coach, options.learner_id, &error);
  school_learner = polku_store_find_learner_by_exchange_uuid (school, uuid, &error);
  after = polku_store_get_learner (school, school_learner, &error);
  g_assert_cmpint (after->status, ==, POLKU_LEARNER_STATUS_VALMENTAUTUJA);
  g_assert_null (after->student_number);
  g_assert_cmpint (after->provider_id, ==, 0);
  g_clear_pointer (&after, polku_learner_record_free);

  /* Then the package for the own provider: the trainee becomes its student,
   * the provider found by name (no second row). */
  g_assert_true (polku_exchange_export_package (coach, &options, package, &error));
  g_assert_no_error (error);
  import = prepare_unchanged (school, package);
  g_assert_true (has_change (import, POLKU_EXCHANGE_CHANGE_UPDATED, learner->student_number));
  g_assert_false (has_change (import, POLKU_EXCHANGE_CHANGE_NEW, "education provider"));
  g_assert_true (polku_exchange_import_apply (school, import, &error));
  g_assert_no_error (error);
  g_clear_pointer (&import, polku_exchange_import_free);
  after = polku_store_get_learner (school, school_learner, &error);
  g_assert_cmpint (after->status, ==, POLKU_LEARNER_STATUS_OPISKELIJA);
  g_assert_cmpstr (after->student_number, ==, learner->student_number);
  g_assert_cmpint (after->provider_id, ==, school_provider);
  g_assert_cmpint (lt_query_id (school, "SELECT count(*) FROM provider"), ==, 1);

  /* Read again: nothing changes. */
  import = prepare_unchanged (school, package);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_NEW), ==, 0);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_UPDATED), ==, 0);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_CONFLICT), ==, 0);
}

/* An item whose unit is not its requirement's is refused, naming the file. */
static void
test_package_unit_mismatch (Pair          *pair,
                            gconstpointer  data)
{
  g_autoptr(GFile) package = pair_file (pair, "package.xml");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *unit = NULL;
  PolkuPackageOptions options;
  const char *item, *start, *end;
  PolkuExchangeImport *import;

  export_minimal_package (pair, package, &options);
  bytes = read_bytes (package);
  text = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));

  item = strstr (text->str, "<item ");
  g_assert_nonnull (item);
  start = strstr (item, " unit=\"");
  g_assert_nonnull (start);
  start += strlen (" unit=\"");
  end = strchr (start, '"');
  unit = g_strndup (start, (gsize) (end - start));
  {
    gint64 unit_id = lt_query_id (pair->school.store, "SELECT unit_id FROM unit WHERE koodi_uri <> '%s' LIMIT 1", unit);
    g_autofree char *uri = NULL;

    g_assert_true (polku_store_get_unit_codes (pair->school.store, unit_id, &uri, NULL, NULL, &error));
    g_string_erase (text, start - text->str, end - start);
    g_string_insert (text, start - text->str, uri);
  }

  before = polku_test_dump (pair->school.store);
  import = prepare_text (pair->school.store, text->str, "unit-mismatch.xml", &error);
  g_assert_null (import);
  g_assert_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "unit-mismatch.xml"));
  after = polku_test_dump (pair->school.store);
  g_assert_cmpstr (before, ==, after);
}

/* What the coach does not choose stays on the machine. */
static void
test_package_minimum (Pair          *pair,
                      gconstpointer  data)
{
  g_autoptr(GFile) package = pair_file (pair, "package.xml");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (package);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PolkuLearnerRecord) learner = NULL;
  PolkuPackageOptions options;

  export_minimal_package (pair, package, &options);
  learner = polku_store_get_learner (pair->coach.store, options.learner_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (learner->student_number);
  assert_xmllint_valid (package);

  bytes = polku_test_read_file (path);
  g_assert_true (lt_bytes_contain (bytes, "<first-names>"));
  g_assert_true (lt_bytes_contain (bytes, "<item "));
  g_assert_false (lt_bytes_contain (bytes, "<student-number>"));
  g_assert_false (lt_bytes_contain (bytes, learner->student_number));
  g_assert_false (lt_bytes_contain (bytes, "<observation>"));
  g_assert_false (lt_bytes_contain (bytes, "<observed-by>"));
  g_assert_false (lt_bytes_contain (bytes, "<own-view>"));
  g_assert_false (lt_bytes_contain (bytes, "<evidence>"));
  g_assert_false (lt_bytes_contain (bytes, "<task>"));
  if (learner->email != NULL)
    g_assert_false (lt_bytes_contain (bytes, learner->email));
}

static void
test_missing_peruste (Pair          *pair,
                      gconstpointer  data)
{
  g_autoptr(GFile) package = pair_file (pair, "package.xml");
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = polku_test_dump (pair->school.store);
  g_autofree char *after = NULL;
  PolkuPackageOptions options;

  export_minimal_package (pair, package, &options);

  import = polku_exchange_import_prepare (pair->school.store, package, &error);
  g_assert_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_MISSING_PERUSTE);
  g_assert_null (import);
  g_assert_true (strstr (error->message, POLKU_DEMO_AJONEUVO) != NULL ||
                 strstr (error->message, POLKU_DEMO_PUUTEOLLISUUS) != NULL);
  g_assert_true (strstr (error->message, "package.xml") != NULL);
  after = polku_test_dump (pair->school.store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_task_map (Pair          *pair,
               gconstpointer  data)
{
  g_autoptr(GFile) map = pair_file (pair, "tasks.xml");
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(PolkuExchangeImport) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 workshop_id = lt_query_id (pair->coach.store, "SELECT workshop_id FROM task GROUP BY workshop_id "
                                    "ORDER BY count(*) DESC LIMIT 1");
  gint64 n_coach, n_school;

  g_assert_true (polku_exchange_export_task_map (pair->coach.store, workshop_id, map, &error));
  g_assert_no_error (error);
  assert_xmllint_valid (map);

  import = prepare_unchanged (pair->school.store, map);
  g_assert_cmpint (polku_exchange_import_get_kind (import), ==, POLKU_EXCHANGE_TASK_MAP);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_NEW), >, 1);
  g_assert_true (polku_exchange_import_apply (pair->school.store, import, &error));
  g_assert_no_error (error);

  n_coach = lt_query_id (pair->coach.store, "SELECT count(*) FROM task_requirement tr JOIN task t USING (task_id) "
                         "WHERE t.workshop_id = %" G_GINT64_FORMAT " AND t.active", workshop_id);
  n_school = lt_query_id (pair->school.store, "SELECT count(*) FROM task_requirement");
  g_assert_cmpint (n_coach, >, 0);
  g_assert_cmpint (n_school, ==, n_coach);

  again = prepare_unchanged (pair->school.store, map);
  g_assert_cmpuint (polku_exchange_import_count (again, POLKU_EXCHANGE_CHANGE_NEW), ==, 0);
  g_assert_cmpuint (polku_exchange_import_count (again, POLKU_EXCHANGE_CHANGE_UPDATED), ==, 0);
}

typedef struct
{
  const char *file;
  int         code;
} Hostile;

static const Hostile hostile_files[] = {
  { "xxe.xml", POLKU_EXCHANGE_ERROR_DOCTYPE },
  { "billion-laughs.xml", POLKU_EXCHANGE_ERROR_DOCTYPE },
  { "external-dtd.xml", POLKU_EXCHANGE_ERROR_DOCTYPE },
  { "truncated.xml", POLKU_EXCHANGE_ERROR_TRUNCATED },
  { "empty.xml", POLKU_EXCHANGE_ERROR_TRUNCATED },
  { "not-well-formed.xml", POLKU_EXCHANGE_ERROR_NOT_XML },
  { "wrong-root.xml", POLKU_EXCHANGE_ERROR_WRONG_ROOT },
  { "wrong-namespace.xml", POLKU_EXCHANGE_ERROR_WRONG_ROOT },
  { "future-version.xml", POLKU_EXCHANGE_ERROR_UNSUPPORTED_VERSION },
  { "newer-minor.xml", POLKU_EXCHANGE_ERROR_UNSUPPORTED_VERSION },
  { "schema-invalid.xml", POLKU_EXCHANGE_ERROR_INVALID },
  { "xinclude.xml", POLKU_EXCHANGE_ERROR_INVALID },
  { "latin1.xml", POLKU_EXCHANGE_ERROR_ENCODING },
  { "utf16.xml", POLKU_EXCHANGE_ERROR_ENCODING },
  { "valid-decisions.xml", POLKU_EXCHANGE_ERROR_UNKNOWN_LEARNER },
  /* Found by trying to break the reader (H7c). */
  { "parameter-entity.xml", POLKU_EXCHANGE_ERROR_DOCTYPE },
  { "undeclared-entity.xml", POLKU_EXCHANGE_ERROR_NOT_XML },
  { "control-character-reference.xml", POLKU_EXCHANGE_ERROR_NOT_XML },
  { "trailing-garbage.xml", POLKU_EXCHANGE_ERROR_NOT_XML },
  { "nul-byte.xml", POLKU_EXCHANGE_ERROR_ENCODING },
  { "truncated-in-character.xml", POLKU_EXCHANGE_ERROR_TRUNCATED },
  { "truncated-in-tag.xml", POLKU_EXCHANGE_ERROR_TRUNCATED },
  { "gzip.xml", POLKU_EXCHANGE_ERROR_NOT_XML },
  { "impossible-date.xml", POLKU_EXCHANGE_ERROR_INVALID },
  { "created-year.xml", POLKU_EXCHANGE_ERROR_INVALID },
  { "blank-name.xml", POLKU_EXCHANGE_ERROR_INVALID },
  { "conflicting-decisions.xml", POLKU_EXCHANGE_ERROR_INVALID },
  { "prefixed-wrong-namespace.xml", POLKU_EXCHANGE_ERROR_WRONG_ROOT },
  { "version-1.0.0.xml", POLKU_EXCHANGE_ERROR_INVALID },
};

static void
assert_refused (PolkuStore *store,
                GFile      *file,
                int         code)
{
  g_autofree char *before = polku_test_dump (store);
  g_autofree char *after = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  import = polku_exchange_import_prepare (store, file, &error);
  g_assert_null (import);
  if (!g_error_matches (error, POLKU_EXCHANGE_ERROR, code))
    g_error ("%s: expected code %d, got %s", name, code, error != NULL ? error->message : "no error");
  g_assert_true (strstr (error->message, name) != NULL);
  /* No hang: each refusal is quick. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  after = polku_test_dump (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_hostile (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "exchange", NULL);
  g_autofree char *big_path = g_build_filename (fixture->dir, "huge.xml", NULL);
  g_autofree char *deep_path = g_build_filename (fixture->dir, "deep.xml", NULL);
  g_autoptr(GFile) big = g_file_new_for_path (big_path);
  g_autoptr(GFile) deep = g_file_new_for_path (deep_path);
  GHashTable *codes = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_files); i++)
    {
      g_autofree char *path = g_build_filename (dir, hostile_files[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      assert_refused (fixture->store, file, hostile_files[i].code);
      g_hash_table_add (codes, GINT_TO_POINTER (hostile_files[i].code));
    }
  /* Each kind of problem has its own code. */
  g_assert_cmpuint (g_hash_table_size (codes), ==, 8);
  g_hash_table_unref (codes);

  /* Over the limit: refused before it is read. */
  {
    gsize size = POLKU_EXCHANGE_MAX_SIZE + 1024;
    char *text = g_malloc (size);
    const char *head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<polku-exchange xmlns=\"urn:polku:exchange:1\">";

    memset (text, ' ', size);
    memcpy (text, head, strlen (head));
    polku_test_write_file (big_path, text, (gssize) size);
    g_free (text);
    assert_refused (fixture->store, big, POLKU_EXCHANGE_ERROR_TOO_LARGE);
  }

  /* 100,000 attributes: libxml2 checks duplicates pairwise (minutes). */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "attributes.xml", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    GString *text = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<polku-exchange xmlns=\"urn:polku:exchange:1\" version=\"1.0\"");
    for (guint i = 0; i < 100000; i++)
      g_string_append_printf (text, " a%u=\"\"", i);
    g_string_append (text, "/>");
    polku_test_write_file (path, text->str, (gssize) text->len);
    g_string_free (text, TRUE);
    assert_refused (fixture->store, file, POLKU_EXCHANGE_ERROR_TOO_LARGE);
  }

  /* 100,000 tasks under the size limit: schema validation is quadratic in a
   * list's length (15 s), so long lists are refused first. */
  for (guint n = 0; n < 2; n++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, n == 0 ? "tasks.xml" : "list.xml", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      GString *text = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    "<polku-exchange xmlns=\"urn:polku:exchange:1\" version=\"1.0\" kind=\"task-map\" "
                                    "created=\"2026-11-29T10:00:00Z\"><sender organisation=\"Paja\"/><workshop name=\"W\">");
      /* 100,000 are refused by counting tags, 6,000 by the list limit. */
      for (guint i = 0; i < (g_str_has_suffix (path, "tasks.xml") ? 100000 : 6000); i++)
        g_string_append_printf (text, "<task title=\"t%u\"/>", i);
      g_string_append (text, "</workshop></polku-exchange>");
      g_assert_cmpuint (text->len, <, POLKU_EXCHANGE_MAX_SIZE);
      polku_test_write_file (path, text->str, (gssize) text->len);
      g_string_free (text, TRUE);
      assert_refused (fixture->store, file, POLKU_EXCHANGE_ERROR_TOO_LARGE);
    }

  /* Not ordinary files: refused without opening (a FIFO would block, a
   * device never ends). */
  {
    g_autofree char *fifo_path = g_build_filename (fixture->dir, "fifo.xml", NULL);
    g_autofree char *loop_path = g_build_filename (fixture->dir, "loop.xml", NULL);
    g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
    g_autoptr(GFile) loop = g_file_new_for_path (loop_path);
    g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
    g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");

    g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
    assert_refused (fixture->store, fifo, POLKU_EXCHANGE_ERROR_NOT_XML);
    g_assert_cmpint (symlink (loop_path, loop_path), ==, 0);
    assert_refused (fixture->store, loop, POLKU_EXCHANGE_ERROR_NOT_XML);
    assert_refused (fixture->store, folder, POLKU_EXCHANGE_ERROR_NOT_XML);
    if (g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
      assert_refused (fixture->store, zero, POLKU_EXCHANGE_ERROR_NOT_XML);
  }

  /* Deep nesting: libxml2's depth limit, no stack overflow. */
  {
    GString *text = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<polku-exchange xmlns=\"urn:polku:exchange:1\" version=\"1.0\">");
    /* Under the element count limit (which refuses 100,000 before parsing). */
    for (guint i = 0; i < 20000; i++)
      g_string_append (text, "<a>");
    polku_test_write_file (deep_path, text->str, (gssize) text->len);
    g_string_free (text, TRUE);
    assert_refused (fixture->store, deep, POLKU_EXCHANGE_ERROR_NOT_XML);
  }
}

/* A decisions file is trusted only for what was sent: a requirement never
 * recorded here is not recognised behind the coach's back, the same decision
 * twice counts once, and SQL-looking text is just text. */
static void
test_decisions_content (Pair          *pair,
                        gconstpointer  data)
{
  PolkuStore *coach = pair->coach.store;
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(PolkuCompetenceRecord) sent = NULL;
  g_autoptr(PolkuCompetenceRecord) other = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *sent_key = NULL, *sent_unit = NULL, *other_key = NULL, *other_unit = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *sql = "x'); DROP TABLE learner;--";
  gint64 learner_id, sent_id, other_id;

  learner_id = lt_query_id (coach, "SELECT learner_id FROM competence WHERE status IN ('identified', 'demonstrated') "
                            "ORDER BY learner_id LIMIT 1");
  sent_id = lt_query_id (coach, "SELECT requirement_id FROM competence WHERE learner_id = %" G_GINT64_FORMAT
                         " AND status IN ('identified', 'demonstrated') ORDER BY requirement_id LIMIT 1", learner_id);
  other_id = lt_query_id (coach, "SELECT requirement_id FROM requirement WHERE requirement_id NOT IN "
                          "(SELECT requirement_id FROM competence WHERE learner_id = %" G_GINT64_FORMAT ") "
                          "ORDER BY requirement_id LIMIT 1", learner_id);
  g_assert_cmpint (sent_id, >, 0);
  g_assert_cmpint (other_id, >, 0);
  uuid = polku_store_get_learner_exchange_uuid (coach, learner_id, &error);
  g_assert_no_error (error);
  g_assert_true (polku_store_get_requirement_codes (coach, sent_id, &sent_key, &sent_unit, &error));
  g_assert_true (polku_store_get_requirement_codes (coach, other_id, &other_key, &other_unit, &error));

#define DECISION(key, unit, value) \
  "<decision requirement=\"" key "\" unit=\"" unit "\" value=\"" value "\" date=\"2026-11-28\" " \
  "teacher=\"T\" organisation=\"O\"><comment>%s</comment></decision>"
  {
    g_autofree char *k1 = g_markup_escape_text (sent_key, -1);
    g_autofree char *k2 = g_markup_escape_text (other_key, -1);
    g_autofree char *c = g_markup_escape_text (sql, -1);

    text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<polku-exchange xmlns=\"urn:polku:exchange:1\" version=\"1.0\" kind=\"decisions\" "
                            "created=\"2026-11-29T10:00:00Z\"><sender organisation=\"%s\"/>"
                            "<learner id=\"%s\"><first-names>X</first-names></learner><decisions>"
                            DECISION ("%s", "%s", "not_recognised") DECISION ("%s", "%s", "not_recognised")
                            DECISION ("%s", "%s", "recognised")
                            "</decisions></polku-exchange>",
                            c, uuid, k1, sent_unit, c, k1, sent_unit, c, k2, other_unit, c);
  }
#undef DECISION
  bytes = g_bytes_new_take (text, strlen (text));
  text = NULL;

  import = polku_exchange_import_prepare_bytes (coach, bytes, "decisions.xml", &error);
  g_assert_no_error (error);
  /* Learner name differs (conflict), the sent item once (new), the other skipped (conflict). */
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_NEW) +
                    polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_UPDATED), ==, 1);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_CONFLICT), ==, 2);
  g_assert_true (polku_exchange_import_apply (coach, import, &error));
  g_assert_no_error (error);

  sent = polku_store_get_competence (coach, learner_id, sent_id, &error);
  g_assert_cmpint (sent->teacher_decision, ==, POLKU_TEACHER_DECISION_NOT_RECOGNISED);
  g_assert_cmpstr (sent->teacher_comment, ==, sql);
  other = polku_store_get_competence (coach, learner_id, other_id, &error);
  g_assert_cmpint (other->competence_id, ==, 0);
  g_assert_cmpint (lt_query_id (coach, "SELECT count(*) FROM learner"), >, 0);

  /* A decision whose unit is not its requirement's: the whole file is refused. */
  {
    g_autofree char *k1 = g_markup_escape_text (sent_key, -1);
    g_autofree char *wrong_unit = NULL;
    g_autofree char *before = polku_test_dump (coach);
    g_autofree char *after = NULL;
    PolkuExchangeImport *refused;
    gint64 unit_id = lt_query_id (coach, "SELECT unit_id FROM unit WHERE koodi_uri <> '%s' LIMIT 1", sent_unit);

    g_assert_true (polku_store_get_unit_codes (coach, unit_id, &wrong_unit, NULL, NULL, &error));
    g_clear_error (&error);
    text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<polku-exchange xmlns=\"urn:polku:exchange:1\" version=\"1.0\" kind=\"decisions\" "
                            "created=\"2026-11-29T10:00:00Z\"><sender organisation=\"O\"/>"
                            "<learner id=\"%s\"><first-names>X</first-names></learner><decisions>"
                            "<decision requirement=\"%s\" unit=\"%s\" value=\"recognised\" date=\"2026-11-28\"/>"
                            "</decisions></polku-exchange>", uuid, k1, wrong_unit);
    refused = prepare_text (coach, text, "unit-mismatch.xml", &error);
    g_clear_pointer (&text, g_free);
    g_assert_null (refused);
    g_assert_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "unit-mismatch.xml"));
    after = polku_test_dump (coach);
    g_assert_cmpstr (before, ==, after);
  }
}

/* Tasks are matched by title: the same task twice counts once, a second
 * different task of the same title is a conflict and is not created. */
static void
test_task_map_titles (Pair          *pair,
                      gconstpointer  data)
{
  PolkuStore *school = pair->school.store;
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<polku-exchange xmlns=\"urn:polku:exchange:1\" version=\"1.0\" kind=\"task-map\" "
    "created=\"2026-11-29T10:00:00Z\"><sender organisation=\"Paja\"/><workshop name=\"Puupaja\">"
    "<task title=\"Hionta\"><description>Käsin</description><code koodi-uri=\"ammattitaitovaatimukset_1\"/></task>"
    "<task title=\"Hionta\"><description>Käsin</description><code koodi-uri=\"ammattitaitovaatimukset_1\"/></task>"
    "<task title=\"Hionta \"><description>Koneella</description><code koodi-uri=\"ammattitaitovaatimukset_2\"/></task>"
    "<task title=\"Lakkaus\"/>"
    "</workshop></polku-exchange>";
  gint64 workshop_id;

  import = prepare_text (school, text, "tasks.xml", &error);
  g_assert_no_error (error);
  /* The workshop, Hionta and Lakkaus new; the second Hionta a conflict. */
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_NEW), ==, 3);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_CONFLICT), ==, 1);
  g_assert_true (has_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, "title"));
  g_assert_true (polku_exchange_import_apply (school, import, &error));
  g_assert_no_error (error);
  g_clear_pointer (&import, polku_exchange_import_free);

  workshop_id = polku_store_find_workshop_by_name (school, "Puupaja", &error);
  g_assert_cmpint (workshop_id, >, 0);
  g_assert_cmpint (lt_query_id (school, "SELECT count(*) FROM task WHERE workshop_id = %" G_GINT64_FORMAT
                                " AND title = 'Hionta'", workshop_id), ==, 1);
  g_assert_cmpint (lt_query_id (school, "SELECT count(*) FROM task WHERE workshop_id = %" G_GINT64_FORMAT,
                                workshop_id), ==, 2);
  g_assert_cmpint (lt_query_id (school, "SELECT count(*) FROM task_code tc JOIN task t USING (task_id) "
                                "WHERE t.title = 'Hionta'"), ==, 1);

  /* Read again: the first Hionta is found; the second is still a conflict. */
  import = prepare_text (school, text, "tasks.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_NEW), ==, 0);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_UPDATED), ==, 0);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_CONFLICT), ==, 1);
}

/* The content sniff used to dispatch --import between JSON and XML. */
static void
test_sniff (void)
{
  g_autoptr(GBytes) xml = g_bytes_new_static ("\xEF\xBB\xBF  <?xml version=\"1.0\"?><polku-exchange/>", 43);
  g_autoptr(GBytes) json = g_bytes_new_static ("  {\"id\": 1}", 11);
  g_autoptr(GBytes) utf16 = g_bytes_new_static ("\xFF\xFE<\0?\0", 6);
  g_autoptr(GBytes) html = g_bytes_new_static ("<!DOCTYPE html><html></html>", 28);

  g_assert_true (polku_exchange_bytes_look_like_xml (xml));
  g_assert_false (polku_exchange_bytes_look_like_xml (json));
  g_assert_true (polku_exchange_bytes_look_like_xml (utf16));
  g_assert_false (polku_exchange_bytes_look_like_xml (html));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange/sniff", test_sniff);
#define ADD(path, set, func) g_test_add (path, Pair, set, pair_setup, func, pair_teardown)
  ADD ("/exchange/round-trip", LT_SET_DEMO, test_round_trip);
  ADD ("/exchange/consent-required", LT_SET_DEMO, test_consent_required);
  ADD ("/exchange/package-minimum", LT_SET_DEMO, test_package_minimum);
  ADD ("/exchange/missing-peruste", LT_SET_EMPTY, test_missing_peruste);
  ADD ("/exchange/task-map", LT_SET_DEMO, test_task_map);
  ADD ("/exchange/decisions-content", LT_SET_DEMO, test_decisions_content);
  ADD ("/exchange/package-student", LT_SET_DEMO, test_package_student);
  ADD ("/exchange/package-unit-mismatch", LT_SET_DEMO, test_package_unit_mismatch);
  ADD ("/exchange/task-map-titles", LT_SET_DEMO, test_task_map_titles);
#undef ADD
  g_test_add ("/exchange/hostile", Fixture, LT_SET_EMPTY, lt_fixture_setup_catalogue, test_hostile,
              lt_fixture_teardown);

  status = g_test_run ();
  lt_remove_templates ();
  return status;
}
