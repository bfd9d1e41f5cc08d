/* test-learners.c: learners and what is kept beside them (periods, consents,
 * support, check-ins), the learner list with thousands of people, and
 * permanent erasure that leaves no trace in the database file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-learner-list.h"
#include "polku-plan.h"
#include "polku-test-learners.h"

static void
test_schema_codes (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct {
    const char *koodisto;
    guint       n;
    const char *first_uri;
    const char *first_fi;
    const char *first_sv;
  } lists[] = {
    { POLKU_KOODISTO_URASUUNNITELMA, 3, "urasuunnitelma_0001", "Jatko-opinnot", "Fortsatta studier" },
    { POLKU_KOODISTO_HANKKIMISTAPA, 3, "osaamisenhankkimistapa_koulutussopimus", "Koulutussopimus", "Utbildningsavtal" },
    { POLKU_KOODISTO_SUORITUSPAIKKA, 3, "ammatillisennaytonsuorituspaikka_1", "työpaikka", "arbetsplats" },
    { POLKU_KOODISTO_ASSESSOR_ROLE, 5, "ammatillisennaytonarvioinnistapaattaneet_1", "Opettaja", "Lärare" },
    { POLKU_KOODISTO_DISCUSSION_PARTICIPANT, 6, "ammatillisennaytonarviointikeskusteluunosallistuneet_1",
      "Opettaja", "Lärare" },
  };

  g_assert_cmpint (polku_store_get_schema_version (fixture->store), >=, 4);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autoptr(GPtrArray) codes = NULL;
      g_autoptr(GError) error = NULL;
      PolkuCodeRecord *first;

      codes = polku_store_list_codes (fixture->store, lists[i].koodisto, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (codes->len, ==, lists[i].n);
      first = g_ptr_array_index (codes, 0);
      g_assert_cmpstr (first->koodi_uri, ==, lists[i].first_uri);
      g_assert_cmpstr (polku_code_record_get_name (first, "fi"), ==, lists[i].first_fi);
      g_assert_cmpstr (polku_code_record_get_name (first, "sv"), ==, lists[i].first_sv);
    }

  /* The period kinds name the eHOKS codes. */
  g_assert_null (polku_period_kind_get_koodi_uri (POLKU_PERIOD_KIND_TRAINEE));
  g_assert_cmpstr (polku_period_kind_get_koodi_uri (POLKU_PERIOD_KIND_KOULUTUSSOPIMUS), ==,
                   "osaamisenhankkimistapa_koulutussopimus");
  g_assert_cmpstr (polku_period_kind_get_koodi_uri (POLKU_PERIOD_KIND_OPPISOPIMUS), ==,
                   "osaamisenhankkimistapa_oppisopimus");
}

static void
test_learner_edit (Fixture       *fixture,
                   gconstpointer  data)
{
  PolkuLearnerRecord record = { 0 };
  g_autoptr(PolkuLearnerRecord) read = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  record.first_names = (char *) "  Aino Maria ";
  record.last_name = (char *) "Virtanen";
  record.preferred_name = (char *) "Aino";
  record.email = (char *) "aino@example.invalid";
  record.coach = (char *) "Paula";
  record.urasuunnitelma = (char *) "urasuunnitelma_0002";
  record.special_support = TRUE;
  record.support_measures = (char *) "Selkeät kirjalliset ohjeet";
  record.notes = (char *) "   ";
  id = polku_store_add_learner (fixture->store, &record, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  read = polku_store_get_learner (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->first_names, ==, "Aino Maria");
  g_assert_null (read->notes);
  g_assert_cmpint (read->status, ==, POLKU_LEARNER_STATUS_VALMENTAUTUJA);
  g_assert_cmpint (read->period_kind, ==, -1);
  g_assert_true (read->special_support);
  g_assert_cmpstr (read->urasuunnitelma, ==, "urasuunnitelma_0002");
  {
    g_autofree char *full = polku_learner_record_dup_full_name (read);
    g_autofree char *display = polku_learner_record_dup_display_name (read);

    g_assert_cmpstr (full, ==, "Aino Maria Virtanen");
    g_assert_cmpstr (display, ==, "Aino Virtanen");
  }

  /* Refusals leave everything as it was. */
  {
    PolkuLearnerRecord bad = *read;

    bad.first_names = (char *) " ";
    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_learner (fixture->store, &bad, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
    bad = *read;
    bad.email = (char *) "not an address";
    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_learner (fixture->store, &bad, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
    bad = *read;
    bad.urasuunnitelma = (char *) "urasuunnitelma_0009";
    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_learner (fixture->store, &bad, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
    bad = *read;
    bad.urasuunnitelma = (char *) "ammatillisennaytonsuorituspaikka_1";
    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_learner (fixture->store, &bad, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
    bad = *read;
    bad.workshop_id = 4242;
    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_learner (fixture->store, &bad, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
    bad = *read;
    bad.learner_id = 4242;
    LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_learner (fixture->store, &bad, edit_error),
                               POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  }

  /* Archive and back. */
  g_assert_true (polku_store_set_learner_archived (fixture->store, id, TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read, polku_learner_record_free);
  read = polku_store_get_learner (fixture->store, id, &error);
  g_assert_true (read->archived);
  g_assert_nonnull (read->archived_on);
  g_assert_true (polku_store_set_learner_archived (fixture->store, id, FALSE, &error));
  g_clear_pointer (&read, polku_learner_record_free);
  read = polku_store_get_learner (fixture->store, id, &error);
  g_assert_false (read->archived);
  g_assert_null (read->archived_on);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_set_learner_archived (fixture->store, 4242, TRUE, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
}

static void
test_periods_consents (Fixture       *fixture,
                       gconstpointer  data)
{
  PolkuProviderRecord provider = { .name = (char *) "Opisto" };
  PolkuPeriodRecord period = { 0 };
  PolkuConsentRecord consent = { 0 };
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GPtrArray) consents = NULL;
  g_autoptr(PolkuConsentRecord) withdrawn = NULL;
  g_autoptr(GError) error = NULL;
  gint64 learner = lt_add_learner (fixture->store, "Eero", "Esimerkki");
  gint64 provider_id, period_id, consent_id;
  GDate day;

  provider_id = polku_store_add_provider (fixture->store, &provider, &error);
  g_assert_no_error (error);

  period.learner_id = learner;
  period.kind = POLKU_PERIOD_KIND_KOULUTUSSOPIMUS;
  period.provider_id = provider_id;
  period.starts_on = (char *) "2025-01-13";
  period.ends_on = (char *) "2025-06-01";
  period.part_time_percent = 80;
  period.main_tasks = (char *) "Huonekalut\nPintakäsittely";
  period_id = polku_store_add_period (fixture->store, &period, &error);
  g_assert_no_error (error);

  periods = polku_store_list_periods (fixture->store, learner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (periods->len, ==, 1);
  g_assert_cmpint (((PolkuPeriodRecord *) g_ptr_array_index (periods, 0))->kind, ==, POLKU_PERIOD_KIND_KOULUTUSSOPIMUS);
  g_assert_cmpstr (((PolkuPeriodRecord *) g_ptr_array_index (periods, 0))->provider_name, ==, "Opisto");

  /* The learner list shows the latest period. */
  {
    g_autoptr(PolkuLearnerRecord) read = polku_store_get_learner (fixture->store, learner, &error);

    g_assert_cmpint (read->period_kind, ==, POLKU_PERIOD_KIND_KOULUTUSSOPIMUS);
    g_assert_cmpstr (read->period_ends_on, ==, "2025-06-01");
  }

  period.period_id = period_id;
  period.ends_on = (char *) "2025-01-12";
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_period (fixture->store, &period, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  period.ends_on = (char *) "2025-02-30";
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_period (fixture->store, &period, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  period.ends_on = NULL;
  period.part_time_percent = 120;
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_period (fixture->store, &period, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  period.part_time_percent = 0;
  period.starts_on = NULL;
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_period (fixture->store, &period, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  period.starts_on = (char *) "2025-01-13";
  period.learner_id = 4242;
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_period (fixture->store, &period, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);

  /* Consents: to a provider or a named recipient, with a scope. */
  consent.learner_id = learner;
  consent.given_on = (char *) "2025-01-10";
  consent.scope = (char *) "Suunnitelma ja tunnistettu osaaminen";
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_consent (fixture->store, &consent, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  consent.provider_id = provider_id;
  consent.scope = NULL;
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_consent (fixture->store, &consent, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  consent.scope = (char *) "Suunnitelma ja tunnistettu osaaminen";
  consent.withdrawn_on = (char *) "2025-01-01";
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_consent (fixture->store, &consent, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  consent.withdrawn_on = NULL;
  consent_id = polku_store_add_consent (fixture->store, &consent, &error);
  g_assert_no_error (error);

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, 2, 2025);
  consents = polku_store_list_consents (fixture->store, learner, &error);
  g_assert_true (polku_consent_record_is_active (g_ptr_array_index (consents, 0), &day));
  g_date_set_dmy (&day, 9, 1, 2025);
  g_assert_false (polku_consent_record_is_active (g_ptr_array_index (consents, 0), &day));

  g_assert_true (polku_store_withdraw_consent (fixture->store, consent_id, "2025-03-01", &error));
  g_assert_no_error (error);
  withdrawn = polku_store_get_consent (fixture->store, consent_id, &error);
  g_assert_cmpstr (withdrawn->withdrawn_on, ==, "2025-03-01");
  g_date_set_dmy (&day, 1, 3, 2025);
  g_assert_false (polku_consent_record_is_active (withdrawn, &day));
  g_date_set_dmy (&day, 28, 2, 2025);
  g_assert_true (polku_consent_record_is_active (withdrawn, &day));

  /* A provider that a learner's consent or period names stays. */
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_delete_provider (fixture->store, provider_id, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT);

  g_assert_true (polku_store_delete_period (fixture->store, period_id, &error));
  g_assert_true (polku_store_delete_consent (fixture->store, consent_id, &error));
  g_assert_no_error (error);
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_delete_consent (fixture->store, consent_id, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
}

static void
test_support_checkins (Fixture       *fixture,
                       gconstpointer  data)
{
  PolkuSupportRecord measure = { 0 };
  PolkuCheckinRecord checkin = { 0 };
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(GError) error = NULL;
  gint64 learner = lt_add_learner (fixture->store, "Eero", "Esimerkki");
  gint64 first, second, checkin_id;

  measure.learner_id = learner;
  measure.kind = POLKU_SUPPORT_KIND_SUPPORT;
  measure.description = (char *) "Rauhallinen työpiste";
  first = polku_store_add_support (fixture->store, &measure, &error);
  measure.kind = POLKU_SUPPORT_KIND_GUIDANCE;
  measure.description = (char *) "Viikkopalaveri";
  second = polku_store_add_support (fixture->store, &measure, &error);
  g_assert_no_error (error);

  measures = polku_store_list_support (fixture->store, learner, &error);
  g_assert_cmpuint (measures->len, ==, 2);
  g_assert_cmpint (((PolkuSupportRecord *) g_ptr_array_index (measures, 0))->measure_id, ==, first);
  g_assert_cmpint (((PolkuSupportRecord *) g_ptr_array_index (measures, 1))->measure_id, ==, second);
  g_assert_cmpint (((PolkuSupportRecord *) g_ptr_array_index (measures, 1))->kind, ==, POLKU_SUPPORT_KIND_GUIDANCE);

  measure.measure_id = second;
  measure.description = "";
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_support (fixture->store, &measure, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);

  checkin.learner_id = learner;
  checkin.held_on = (char *) "2025-02-03";
  checkin.record = (char *) "Sujuu hyvin.";
  checkin.next_on = (char *) "2025-02-17";
  checkin_id = polku_store_add_checkin (fixture->store, &checkin, &error);
  g_assert_no_error (error);
  checkins = polku_store_list_checkins (fixture->store, learner, &error);
  g_assert_cmpuint (checkins->len, ==, 1);
  g_assert_cmpstr (((PolkuCheckinRecord *) g_ptr_array_index (checkins, 0))->record, ==, "Sujuu hyvin.");

  checkin.checkin_id = checkin_id;
  checkin.held_on = (char *) "3.2.2025";
  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_checkin (fixture->store, &checkin, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_assert_true (polku_store_delete_checkin (fixture->store, checkin_id, &error));
  g_assert_true (polku_store_delete_support (fixture->store, first, &error));
  g_assert_no_error (error);
}

/* Erasure */

#define SECRET_FIRST "Zyxwvutsrq"
#define SECRET_LAST  "Qpfjordbaeklund"
#define SECRET_NOTE  "Secret-marker-7c1e-in-notes"

static void
assert_no_trace (const char *dir,
                 const char *what)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          assert_no_trace (path, what);
          continue;
        }

      bytes = lt_read_bytes_or_empty (path);
      if (lt_bytes_contain (bytes, what))
        g_error ("“%s” is still in %s", what, path);
    }
}

static gboolean
dir_contains (const char *dir,
              const char *what)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (dir_contains (path, what))
            return TRUE;
          continue;
        }

      bytes = lt_read_bytes_or_empty (path);
      if (lt_bytes_contain (bytes, what))
        return TRUE;
    }

  return FALSE;
}

static void
fill_everything (PolkuStore *store,
                 gint64      learner,
                 gboolean    secret)
{
  const char *first = secret ? SECRET_FIRST : "Toinen";
  const char *last = secret ? SECRET_LAST : "Henkilö";
  const char *note = secret ? SECRET_NOTE : "tavallinen merkintä";
  g_autofree char *period_note = g_strconcat (note, " period", NULL);
  g_autofree char *recipient = g_strconcat (last, " Oy", NULL);
  g_autofree char *support = g_strconcat (note, " support", NULL);
  g_autofree char *said = g_strconcat (first, " said ", note, NULL);
  g_autofree char *content = g_strconcat (note, " demonstration", NULL);
  g_autofree char *workplace = g_strconcat (first, " workplace", NULL);
  g_autofree char *senior = g_strconcat (last, " Senior", NULL);
  g_autofree char *own_view = g_strconcat (first, " thinks it went well", NULL);
  g_autofree char *evidence = g_strconcat (note, " evidence", NULL);
  g_autofree char *goal = g_strconcat (first, " wants to become a carpenter", NULL);
  g_autofree char *criterion = g_strconcat (note, " criterion", NULL);
  g_autoptr(GError) error = NULL;
  gint64 unit = lt_unit_id (store, "OPH-2455-2017", "tutkinnonosat_105444");
  g_autoptr(GArray) requirements = lt_requirement_ids (store, unit);
  PolkuPeriodRecord period = { .learner_id = learner, .starts_on = (char *) "2025-01-01",
                               .note = period_note };
  PolkuConsentRecord consent = { .learner_id = learner, .recipient = recipient,
                                 .given_on = (char *) "2025-01-01", .scope = (char *) "kaikki" };
  PolkuSupportRecord measure = { .learner_id = learner, .description = support };
  PolkuCheckinRecord checkin = { .learner_id = learner, .held_on = (char *) "2025-01-15",
                                 .record = said };
  PolkuDemonstrationRecord demonstration = { .learner_id = learner,
                                             .content = content,
                                             .environment_name = workplace };
  PolkuAssessorRecord assessor = { .side = POLKU_ASSESSOR_WORKING_LIFE, .name = senior };
  PolkuCompetenceEdit edit = { .fields = POLKU_COMPETENCE_FIELD_STATUS | POLKU_COMPETENCE_FIELD_OWN_VIEW |
                                         POLKU_COMPETENCE_FIELD_EVIDENCE,
                               .status = POLKU_COMPETENCE_PRACTISING,
                               .own_view = own_view,
                               .evidence = evidence };
  g_autoptr(PolkuPlanRecord) plan = NULL;
  gint64 demonstration_id;

  g_assert_cmpint (polku_store_add_period (store, &period, &error), >, 0);
  g_assert_cmpint (polku_store_add_consent (store, &consent, &error), >, 0);
  g_assert_cmpint (polku_store_add_support (store, &measure, &error), >, 0);
  g_assert_cmpint (polku_store_add_checkin (store, &checkin, &error), >, 0);
  g_assert_no_error (error);

  plan = polku_store_get_plan (store, learner, &error);
  plan->goal = g_strdup (goal);
  g_assert_true (polku_store_update_plan (store, plan, &error));
  g_assert_cmpint (polku_store_add_plan_unit (store, learner, unit, &error), >, 0);
  g_assert_true (polku_store_edit_competences (store, learner, (gint64 *) requirements->data, requirements->len,
                                               &edit, &error));
  edit.fields = POLKU_COMPETENCE_FIELD_STATUS;
  edit.status = POLKU_COMPETENCE_IDENTIFIED;
  g_assert_true (polku_store_edit_competence (store, learner, g_array_index (requirements, gint64, 0), &edit, &error));
  g_assert_no_error (error);

  demonstration_id = polku_store_add_demonstration (store, &demonstration, &error);
  g_assert_no_error (error);
  assessor.demonstration_id = demonstration_id;
  g_assert_cmpint (polku_store_add_assessor (store, &assessor, &error), >, 0);
  g_assert_cmpint (polku_store_add_individual_criterion (store, demonstration_id, 0, criterion,
                                                         &error), >, 0);
  g_assert_true (polku_store_set_demonstration_unit (store, demonstration_id, unit, 0, POLKU_OUTCOME_PENDING, 0,
                                                     NULL, &error));
  g_assert_no_error (error);
}

static void
test_erase (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_dir = NULL;
  gint64 other = lt_add_learner (fixture->store, "Toinen", "Henkilö");
  gint64 learner = lt_add_learner (fixture->store, "Tmp", "Tmp");
  g_autoptr(PolkuLearnerRecord) record = polku_store_get_learner (fixture->store, learner, &error);
  guint64 n_log;

  /* Renamed after a first save, so that old versions of the row existed too. */
  g_free (record->first_names);
  g_free (record->last_name);
  g_free (record->notes);
  record->first_names = g_strdup (SECRET_FIRST);
  record->last_name = g_strdup (SECRET_LAST);
  record->notes = g_strdup (SECRET_NOTE);
  g_assert_true (polku_store_update_learner (fixture->store, record, &error));
  g_assert_no_error (error);
  fill_everything (fixture->store, learner, TRUE);
  fill_everything (fixture->store, other, FALSE);

  /* Backups hold the person as well. */
  backup = polku_store_backup (fixture->store, 0, &error);
  g_assert_no_error (error);
  backup_dir = polku_store_get_backup_dir (fixture->store);

  /* Before: the name is in the files (the check below would prove nothing otherwise). */
  g_assert_true (dir_contains (fixture->dir, SECRET_LAST) || dir_contains (backup_dir, SECRET_LAST));
  g_assert_true (dir_contains (backup_dir, SECRET_LAST));

  n_log = (guint64) lt_query_id (fixture->store, "SELECT count(*) FROM change_log");
  g_assert_true (polku_store_erase_learner (fixture->store, learner, &error));
  g_assert_no_error (error);

  /* Nothing of the person in any table. */
  g_assert_cmpint (lt_query_id (fixture->store, "SELECT count(*) FROM learner WHERE learner_id = %" G_GINT64_FORMAT,
                                learner), ==, 0);
  for (guint i = 0; i < 7; i++)
    {
      static const char * const tables[] = { "learner_period", "consent", "plan", "support_measure", "checkin",
                                             "competence", "demonstration" };

      g_assert_cmpint (lt_query_id (fixture->store, "SELECT count(*) FROM %s WHERE learner_id = %" G_GINT64_FORMAT,
                                    tables[i], learner), ==, 0);
    }
  g_assert_cmpint (lt_query_id (fixture->store,
                                "SELECT count(*) FROM competence_history h LEFT JOIN competence c USING (competence_id) "
                                "WHERE c.competence_id IS NULL"), ==, 0);
  g_assert_cmpint (lt_query_id (fixture->store,
                                "SELECT count(*) FROM demonstration_assessor a LEFT JOIN demonstration d "
                                "USING (demonstration_id) WHERE d.demonstration_id IS NULL"), ==, 0);
  /* The other learner keeps everything. */
  g_assert_cmpint (lt_query_id (fixture->store, "SELECT count(*) FROM competence WHERE learner_id = %" G_GINT64_FORMAT,
                                other), >, 0);

  /* One change log entry, saying nothing about who. */
  g_assert_cmpuint ((guint64) lt_query_id (fixture->store, "SELECT count(*) FROM change_log"), ==, n_log + 1);
  g_assert_cmpint (lt_query_id (fixture->store,
                                "SELECT count(*) FROM change_log WHERE kind = 'learner erased' "
                                "AND subject IS NULL AND detail IS NULL"), ==, 1);

  /* And no trace in the bytes of the database, its journal or the backups. */
  assert_no_trace (fixture->dir, SECRET_FIRST);
  assert_no_trace (fixture->dir, SECRET_LAST);
  assert_no_trace (fixture->dir, SECRET_NOTE);
  /* The other learner is still there, in the file. */
  g_assert_true (dir_contains (fixture->dir, "Henkilö"));

  LT_ASSERT_FAILS_UNCHANGED (fixture, polku_store_erase_learner (fixture->store, learner, edit_error),
                             POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
}

/* After the store is closed and reopened, the file stays clean too. */
static void
test_erase_reopen (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 learner = lt_add_learner (fixture->store, SECRET_FIRST, SECRET_LAST);

  fill_everything (fixture->store, learner, TRUE);
  g_assert_true (polku_store_erase_learner (fixture->store, learner, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  fixture->store = polku_test_open_store (fixture->dir);
  assert_no_trace (fixture->dir, SECRET_FIRST);
  assert_no_trace (fixture->dir, SECRET_LAST);
  assert_no_trace (fixture->dir, SECRET_NOTE);
}

static void
test_tsv (Fixture       *fixture,
          gconstpointer  data)
{
  PolkuLearnerRecord record = { .first_names = (char *) "Tab\tby", .last_name = (char *) "New\nLine",
                                .coach = (char *) "Coach", .status = POLKU_LEARNER_STATUS_OPISKELIJA };
  g_autoptr(GError) error = NULL;
  g_autofree char *tsv = NULL;
  g_autofree char *expected = NULL;
  gint64 id;

  id = polku_store_add_learner (fixture->store, &record, &error);
  g_assert_no_error (error);
  tsv = polku_store_list_learners_tsv (fixture->store, &error);
  g_assert_no_error (error);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "\tTab by New Line\topiskelija\tCoach\n", id);
  g_assert_cmpstr (tsv, ==, expected);
}

/* The learner list with thousands of people */

static const char * const first_names[] = {
  "Aino", "Eetu", "Iida", "Onni", "Venla", "Leevi", "Ella", "Väinö", "Siiri", "Eemeli", "Äijä", "Ölli",
};
static const char * const last_names[] = {
  "Mäki", "Maki", "Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
  "Järvinen", "Lehtonen", "Saarinen",
};
static const char * const coach_names[] = { "Paula", "Aki", "Sanna", NULL };

#define N_GENERATED 5000

typedef struct
{
  gint64             id;
  char              *first;
  const char        *last;
  const char        *coach;
  PolkuLearnerStatus status;
  gint64             workshop_id;
  gboolean           archived;
} Generated;

static GArray *
generate (PolkuStore *store,
          gint64      workshops[2])
{
  GArray *people = g_array_new (FALSE, TRUE, sizeof (Generated));
  g_autoptr(GError) error = NULL;

  g_assert_true (polku_store_begin (store, &error));
  for (guint i = 0; i < N_GENERATED; i++)
    {
      PolkuLearnerRecord record = { 0 };
      Generated person = { 0 };

      person.first = g_strdup_printf ("%s%u", first_names[i % G_N_ELEMENTS (first_names)], i);
      person.last = last_names[(i / 3) % G_N_ELEMENTS (last_names)];
      person.coach = coach_names[i % 4];
      person.status = i % 5 == 0 ? POLKU_LEARNER_STATUS_OPISKELIJA : POLKU_LEARNER_STATUS_VALMENTAUTUJA;
      person.workshop_id = i % 7 == 0 ? 0 : workshops[i % 2];
      person.archived = i % 6 == 0;

      record.first_names = person.first;
      record.last_name = (char *) person.last;
      record.coach = (char *) person.coach;
      record.status = person.status;
      record.workshop_id = person.workshop_id;
      record.archived = person.archived;
      person.id = polku_store_add_learner (store, &record, &error);
      g_assert_no_error (error);
      g_array_append_val (people, person);
    }
  g_assert_true (polku_store_commit (store, &error));
  polku_store_emit_changed (store, "learners");

  return people;
}

static void
generated_free (GArray *people)
{
  for (guint i = 0; i < people->len; i++)
    g_free (g_array_index (people, Generated, i).first);
  g_array_unref (people);
}

static gboolean
expect (const Generated          *person,
        const PolkuLearnerFilter *filter)
{
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (filter->show == POLKU_LEARNER_SHOW_ACTIVE && person->archived)
    return FALSE;
  if (filter->show == POLKU_LEARNER_SHOW_ARCHIVED && !person->archived)
    return FALSE;
  if (filter->coach != NULL && g_strcmp0 (filter->coach[0] ? filter->coach : NULL, person->coach) != 0)
    return FALSE;
  if (filter->status >= 0 && (int) person->status != filter->status)
    return FALSE;
  if (filter->workshop_id > 0 && person->workshop_id != filter->workshop_id)
    return FALSE;
  if (filter->workshop_id < 0 && person->workshop_id != 0)
    return FALSE;
  if (filter->query == NULL)
    return TRUE;

  haystack = g_utf8_casefold (person->first, -1);
  folded = g_strconcat (haystack, " ", person->last, NULL);
  g_free (haystack);
  haystack = g_utf8_casefold (folded, -1);
  words = g_strsplit (filter->query, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_casefold (words[i], -1);

      if (strstr (haystack, word) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
test_list_thousands (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct {
    PolkuLearnerShow show;
    const char      *query;
    const char      *coach;
    int              status;
    int              workshop;   /* 0 any, 1 first, 2 second, -1 none */
  } filters[] = {
    { POLKU_LEARNER_SHOW_ACTIVE, NULL, NULL, -1, 0 },
    { POLKU_LEARNER_SHOW_ALL, NULL, NULL, -1, 0 },
    { POLKU_LEARNER_SHOW_ARCHIVED, NULL, NULL, -1, 0 },
    { POLKU_LEARNER_SHOW_ACTIVE, "mäki", NULL, -1, 0 },
    { POLKU_LEARNER_SHOW_ACTIVE, "MÄKI", NULL, -1, 0 },
    { POLKU_LEARNER_SHOW_ACTIVE, "maki", NULL, -1, 0 },
    { POLKU_LEARNER_SHOW_ALL, "äijä mäki", NULL, -1, 0 },
    { POLKU_LEARNER_SHOW_ACTIVE, "eetu1", NULL, -1, 0 },
    { POLKU_LEARNER_SHOW_ACTIVE, "  nen ", "Paula", -1, 0 },
    { POLKU_LEARNER_SHOW_ACTIVE, NULL, "", -1, 0 },
    { POLKU_LEARNER_SHOW_ACTIVE, NULL, "Sanna", POLKU_LEARNER_STATUS_OPISKELIJA, 0 },
    { POLKU_LEARNER_SHOW_ACTIVE, NULL, NULL, -1, 1 },
    { POLKU_LEARNER_SHOW_ACTIVE, NULL, NULL, -1, -1 },
    { POLKU_LEARNER_SHOW_ALL, "virtanen", "Aki", POLKU_LEARNER_STATUS_VALMENTAUTUJA, 2 },
    { POLKU_LEARNER_SHOW_ACTIVE, "nobody-like-this", NULL, -1, 0 },
  };
  PolkuWorkshopRecord workshop = { .name = (char *) "Puupaja" };
  g_autoptr(PolkuLearnerList) list = NULL;
  g_autoptr(GArray) people = NULL;
  g_autoptr(GError) error = NULL;
  gint64 workshops[2];
  g_autoptr(GTimer) timer = g_timer_new ();

  workshops[0] = polku_store_add_workshop (fixture->store, &workshop, &error);
  workshop.name = (char *) "Autopaja";
  workshops[1] = polku_store_add_workshop (fixture->store, &workshop, &error);
  g_assert_no_error (error);

  list = polku_learner_list_new (fixture->store);
  people = generate (fixture->store, workshops);
  g_assert_cmpuint (polku_learner_list_get_n_total (list), ==, N_GENERATED);

  /* What every committed change costs the list: one query, objects kept. */
  g_timer_start (timer);
  g_assert_true (polku_learner_list_reload (list, &error));
  g_assert_no_error (error);
  g_test_message ("reloading %u learners: %.1f ms", N_GENERATED, g_timer_elapsed (timer, NULL) * 1000);

  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    {
      PolkuLearnerFilter filter = POLKU_LEARNER_FILTER_INIT;
      g_autoptr(GPtrArray) from_store = NULL;
      g_autoptr(GHashTable) expected = g_hash_table_new (g_int64_hash, g_int64_equal);
      guint n;

      filter.show = filters[f].show;
      filter.query = filters[f].query;
      filter.coach = filters[f].coach;
      filter.status = filters[f].status;
      filter.workshop_id = filters[f].workshop > 0 ? workshops[filters[f].workshop - 1] : filters[f].workshop;

      for (guint i = 0; i < people->len; i++)
        {
          Generated *person = &g_array_index (people, Generated, i);

          if (expect (person, &filter))
            g_hash_table_add (expected, &person->id);
        }

      g_timer_start (timer);
      polku_learner_list_set_show (list, filter.show);
      polku_learner_list_set_query (list, filter.query);
      polku_learner_list_set_coach (list, filter.coach);
      polku_learner_list_set_status (list, filter.status);
      polku_learner_list_set_workshop_id (list, filter.workshop_id);
      g_timer_stop (timer);
      g_test_message ("filter %u: %u learners in %.1f ms", f, g_list_model_get_n_items (G_LIST_MODEL (list)),
                      g_timer_elapsed (timer, NULL) * 1000);

      /* The in-memory filter and the store's SQL one agree with the expectation. */
      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      g_assert_cmpuint (n, ==, g_hash_table_size (expected));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PolkuLearner) learner = g_list_model_get_item (G_LIST_MODEL (list), i);
          gint64 id = polku_learner_get_id (learner);

          g_assert_true (g_hash_table_contains (expected, &id));
        }

      from_store = polku_store_list_learners (fixture->store, &filter, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (from_store->len, ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PolkuLearner) learner = g_list_model_get_item (G_LIST_MODEL (list), i);

          /* The same order: by last name, first names. */
          g_assert_cmpint (((PolkuLearnerRecord *) g_ptr_array_index (from_store, i))->learner_id, ==,
                           polku_learner_get_id (learner));
        }
    }

  /* ä is not a: "mäki" finds no Maki, "maki" no Mäki. */
  polku_learner_list_set_show (list, POLKU_LEARNER_SHOW_ALL);
  polku_learner_list_set_coach (list, NULL);
  polku_learner_list_set_status (list, -1);
  polku_learner_list_set_workshop_id (list, 0);
  polku_learner_list_set_query (list, "maki");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(PolkuLearner) learner = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpstr (polku_learner_get_last_name (learner), ==, "Maki");
    }

  /* Sorted by last name, case-insensitively (Heikkinen before Hämäläinen). */
  polku_learner_list_set_query (list, NULL);
  {
    g_autoptr(PolkuLearner) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(PolkuLearner) last = g_list_model_get_item (G_LIST_MODEL (list), N_GENERATED - 1);

    g_assert_cmpstr (polku_learner_get_last_name (first), ==, "Heikkinen");
    g_assert_cmpstr (polku_learner_get_last_name (last), ==, "Virtanen");
  }

  /* A reload keeps the objects. */
  {
    PolkuLearner *kept = polku_learner_list_find (list, g_array_index (people, Generated, 10).id);

    g_object_ref (kept);
    g_assert_true (polku_learner_set_coach (kept, "Uusi", &error));
    g_assert_no_error (error);
    g_assert_true (polku_learner_list_find (list, polku_learner_get_id (kept)) == kept);
    g_assert_cmpstr (polku_learner_get_coach (kept), ==, "Uusi");
    g_object_unref (kept);
  }

  g_clear_pointer (&people, generated_free);
  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

/* The list model's own edits and notifications. */
static void
test_list_model (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PolkuLearnerList) list = polku_learner_list_new (fixture->store);
  g_autoptr(PolkuLearner) learner = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) coaches = NULL;
  guint n_display = 0;

  learner = polku_learner_list_add (list, "Aino", "Virtanen", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (polku_learner_list_find (list, polku_learner_get_id (learner)) == learner);

  g_signal_connect_swapped (learner, "notify::display-name", G_CALLBACK (count_cb), &n_display);
  g_assert_true (polku_learner_set_preferred_name (learner, "Ainoska", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (polku_learner_get_display_name (learner), ==, "Ainoska Virtanen");
  g_assert_cmpuint (n_display, >=, 1);

  g_assert_false (polku_learner_set_first_names (learner, "", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (polku_learner_get_first_names (learner), ==, "Aino");

  g_assert_true (polku_learner_set_coach (learner, "Paula", &error));
  coaches = polku_learner_list_dup_coaches (list);
  g_assert_cmpstrv (coaches, ((const char * const []) { "Paula", NULL }));

  /* Archiving takes them off the active list. */
  g_assert_true (polku_learner_set_archived (learner, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  polku_learner_list_set_show (list, POLKU_LEARNER_SHOW_ARCHIVED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  g_assert_true (polku_learner_list_erase (list, learner, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_cmpuint (polku_learner_list_get_n_total (list), ==, 0);
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
  ADD ("/learners/schema-codes", LT_SET_EMPTY, test_schema_codes);
  ADD ("/learners/edit", LT_SET_EMPTY, test_learner_edit);
  ADD ("/learners/periods-consents", LT_SET_EMPTY, test_periods_consents);
  ADD ("/learners/support-checkins", LT_SET_EMPTY, test_support_checkins);
  ADD ("/learners/tsv", LT_SET_EMPTY, test_tsv);
  ADD ("/learners/erase", LT_SET_PUU, test_erase);
  ADD ("/learners/erase-reopen", LT_SET_PUU, test_erase_reopen);
  ADD ("/learners/list-thousands", LT_SET_EMPTY, test_list_thousands);
  ADD ("/learners/list-model", LT_SET_EMPTY, test_list_model);
#undef ADD

  status = g_test_run ();
  lt_remove_templates ();
  return status;
}
