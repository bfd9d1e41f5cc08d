/* test-workshop.c: the workshop store without a catalogue: the organisation,
 * workshops, contact people, tasks, providers and agreements, their checks,
 * and that a failed edit leaves the database as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-test-workshop.h"

static void
test_schema (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PolkuOrganisationRecord) organisation = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (polku_store_get_schema_version (fixture->store), >=, 3);

  organisation = polku_store_get_organisation (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (organisation->name, ==, "");
  g_assert_cmpint (polku_store_query_int (fixture->store, "SELECT count(*) FROM organisation", NULL), ==, 1);

  /* A second organisation cannot exist: one database serves one organisation. */
  g_assert_false (polku_store_exec (fixture->store, "INSERT INTO organisation (organisation_id) VALUES (2)",
                                    &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT);
}

static void
test_organisation (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PolkuOrganisationRecord) read = NULL;
  g_autoptr(GError) error = NULL;
  PolkuOrganisationRecord record = {
    .name = (char *) "  Paja ry  ",
    .business_id = (char *) "0112038-9",
    .address = (char *) "Työpajantie 1",
    .postal_code = (char *) "40100",
    .municipality = (char *) "Jyväskylä",
  };
  PolkuOrganisationRecord bad = record;

  g_assert_true (polku_store_update_organisation (fixture->store, &record, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  read = polku_store_get_organisation (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->name, ==, "Paja ry");
  g_assert_cmpstr (read->business_id, ==, "0112038-9");
  g_assert_cmpstr (read->municipality, ==, "Jyväskylä");

  bad.business_id = (char *) "0112038-8";
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_organisation (fixture->store, &bad, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
}

static void
test_business_id (void)
{
  g_assert_true (polku_business_id_is_valid ("0112038-9"));
  g_assert_true (polku_business_id_is_valid ("1572860-0"));
  g_assert_false (polku_business_id_is_valid ("0112038-8"));
  g_assert_false (polku_business_id_is_valid ("0112038"));
  g_assert_false (polku_business_id_is_valid ("O112038-9"));
  g_assert_false (polku_business_id_is_valid ("0112038-9 "));
  g_assert_false (polku_business_id_is_valid (NULL));
}

static void
test_oid (void)
{
  g_assert_true (polku_provider_oid_is_valid ("1.2.246.562.10.00000000001"));
  g_assert_true (polku_provider_oid_is_valid ("1.2.246.562.10.2013110715495487451"));
  g_assert_true (polku_provider_oid_is_valid ("1.2.246.562.10.346830761110"));
  /* Another node of the arc: a person, not an organisation. */
  g_assert_false (polku_provider_oid_is_valid ("1.2.246.562.24.00000000001"));
  g_assert_false (polku_provider_oid_is_valid ("1.2.246.562.10."));
  g_assert_false (polku_provider_oid_is_valid ("1.2.246.562.10.123.4"));
  g_assert_false (polku_provider_oid_is_valid ("1.2.246.562.10.12a"));
  g_assert_false (polku_provider_oid_is_valid (" 1.2.246.562.10.123"));
  g_assert_false (polku_provider_oid_is_valid ("1.2.246.562.10.123456789012345678901234567890123"));
  g_assert_false (polku_provider_oid_is_valid (NULL));
}

static void
test_providers (Fixture       *fixture,
                gconstpointer  data)
{
  PolkuProviderRecord gradia = { .name = (char *) "Gradia", .oid = (char *) " 1.2.246.562.10.346830761110 " };
  PolkuProviderRecord other = { .name = (char *) "Other" };
  PolkuProviderRecord bad = { .name = (char *) "Bad" };
  g_autoptr(PolkuProviderRecord) read = NULL;
  g_autoptr(GPtrArray) providers = NULL;
  g_autoptr(GError) error = NULL;
  gint64 gradia_id, other_id;

  gradia_id = polku_store_add_provider (fixture->store, &gradia, &error);
  g_assert_no_error (error);
  other_id = polku_store_add_provider (fixture->store, &other, &error);
  g_assert_no_error (error);

  read = polku_store_get_provider (fixture->store, gradia_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->oid, ==, "1.2.246.562.10.346830761110");
  g_assert_null (polku_store_get_provider (fixture->store, 999, &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  bad.oid = (char *) "1.2.246.562.24.00000000001";
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_provider (fixture->store, &bad, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  bad.oid = (char *) "1.2.246.562.10.346830761110";   /* Gradia's */
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_provider (fixture->store, &bad, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  bad.oid = NULL;
  bad.name = (char *) "   ";
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_provider (fixture->store, &bad, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);

  /* Editing keeps its own OID, and may set one that is free. */
  other.provider_id = other_id;
  other.oid = (char *) "1.2.246.562.10.00000000001";
  g_assert_true (polku_store_update_provider (fixture->store, &other, &error));
  g_assert_no_error (error);
  g_assert_true (polku_store_update_provider (fixture->store, &other, &error));
  g_assert_no_error (error);

  providers = polku_store_list_providers (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (providers->len, ==, 2);
  g_assert_cmpstr (((PolkuProviderRecord *) g_ptr_array_index (providers, 0))->name, ==, "Gradia");

  g_assert_true (polku_store_delete_provider (fixture->store, other_id, &error));
  g_assert_no_error (error);
}

static void
test_workshops (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PolkuWorkshopRecord) read = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  PolkuWorkshopRecord bad = { .name = (char *) " \t" };
  gint64 wood, cafe, garage;

  wood = ws_add_workshop (fixture->store, "Puutyöpaja");
  cafe = ws_add_workshop (fixture->store, "Kahvila");
  garage = ws_add_workshop (fixture->store, "Autopaja");
  g_assert_cmpuint (fixture->n_changed, ==, 3);

  read = polku_store_get_workshop (fixture->store, wood, &error);
  g_assert_no_error (error);
  g_free (read->description);
  read->description = g_strdup ("  Puusepänverstas: höylä, sirkkeli.\n");
  g_free (read->address);
  read->address = g_strdup ("");
  g_assert_true (polku_store_update_workshop (fixture->store, read, &error));
  g_assert_no_error (error);
  g_clear_pointer (&read, polku_workshop_record_free);

  read = polku_store_get_workshop (fixture->store, wood, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->description, ==, "Puusepänverstas: höylä, sirkkeli.");
  g_assert_null (read->address);

  g_assert_true (polku_store_move_workshop (fixture->store, garage, 0, &error));
  g_assert_no_error (error);
  g_assert_true (polku_store_set_workshop_archived (fixture->store, cafe, TRUE, &error));
  g_assert_no_error (error);

  list = polku_store_list_workshops (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (((PolkuWorkshopRecord *) g_ptr_array_index (list, 0))->workshop_id, ==, garage);
  g_assert_cmpint (((PolkuWorkshopRecord *) g_ptr_array_index (list, 1))->workshop_id, ==, wood);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = polku_store_list_workshops (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);

  ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_workshop (fixture->store, &bad, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  bad.workshop_id = wood;
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_workshop (fixture->store, &bad, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  bad.workshop_id = 999;
  bad.name = (char *) "Ghost";
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_workshop (fixture->store, &bad, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_delete_workshop (fixture->store, 999, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_move_workshop (fixture->store, 999, 0, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);

  g_assert_true (polku_store_delete_workshop (fixture->store, cafe, &error));
  g_assert_no_error (error);
}

static void
test_contacts (Fixture       *fixture,
               gconstpointer  data)
{
  PolkuProviderRecord provider = { .name = (char *) "Gradia" };
  PolkuContactRecord anna = { .name = (char *) "Anna Virtanen", .title = (char *) "Työvalmentaja",
                              .phone = (char *) "040 123 4567", .email = (char *) "anna@example.org" };
  PolkuContactRecord bad = { .name = (char *) "Bad", .email = (char *) "no-at-sign" };
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 workshop_id, provider_id, anna_id, ville_id, teacher_id;

  workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  provider_id = polku_store_add_provider (fixture->store, &provider, &error);
  g_assert_no_error (error);

  anna.workshop_id = workshop_id;
  anna_id = polku_store_add_contact (fixture->store, &anna, &error);
  g_assert_no_error (error);
  anna.name = (char *) "Ville Mäkelä";
  ville_id = polku_store_add_contact (fixture->store, &anna, &error);
  g_assert_no_error (error);
  anna.workshop_id = 0;
  anna.provider_id = provider_id;
  anna.name = (char *) "Opettaja Olli";
  teacher_id = polku_store_add_contact (fixture->store, &anna, &error);
  g_assert_no_error (error);
  g_assert_cmpint (teacher_id, >, 0);

  g_assert_true (polku_store_move_contact (fixture->store, ville_id, 0, &error));
  g_assert_no_error (error);

  contacts = polku_store_list_contacts (fixture->store, workshop_id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 2);
  g_assert_cmpint (((PolkuContactRecord *) g_ptr_array_index (contacts, 0))->contact_id, ==, ville_id);
  g_assert_cmpint (((PolkuContactRecord *) g_ptr_array_index (contacts, 1))->contact_id, ==, anna_id);
  g_clear_pointer (&contacts, g_ptr_array_unref);

  contacts = polku_store_list_contacts (fixture->store, 0, provider_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (((PolkuContactRecord *) g_ptr_array_index (contacts, 0))->name, ==, "Opettaja Olli");

  bad.workshop_id = workshop_id;
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_contact (fixture->store, &bad, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_delete_contact (fixture->store, 999, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);

  /* A workshop's contact people go with it. */
  g_assert_true (polku_store_delete_workshop (fixture->store, workshop_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (polku_store_query_int (fixture->store, "SELECT count(*) FROM contact_person", NULL), ==, 1);
}

static void
test_task_order (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PolkuTaskRecord) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;
  gint64 workshop_id, a, b, c, d, copy;

  workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  a = ws_add_task (fixture->store, workshop_id, "A");
  b = ws_add_task (fixture->store, workshop_id, "B");
  c = ws_add_task (fixture->store, workshop_id, "C");
  d = ws_add_task (fixture->store, workshop_id, "D");

  g_assert_true (polku_store_move_task (fixture->store, d, 0, &error));
  g_assert_no_error (error);
  titles = ws_list_task_titles (fixture->store, workshop_id);
  g_assert_cmpstr (titles, ==, "D|A|B|C");
  g_clear_pointer (&titles, g_free);

  g_assert_true (polku_store_move_task (fixture->store, d, 2, &error));
  g_assert_no_error (error);
  titles = ws_list_task_titles (fixture->store, workshop_id);
  g_assert_cmpstr (titles, ==, "A|B|D|C");
  g_clear_pointer (&titles, g_free);

  /* Beyond the end means last. */
  g_assert_true (polku_store_move_task (fixture->store, a, 99, &error));
  g_assert_no_error (error);
  titles = ws_list_task_titles (fixture->store, workshop_id);
  g_assert_cmpstr (titles, ==, "B|D|C|A");
  g_clear_pointer (&titles, g_free);

  /* A copy comes right after its original. */
  copy = polku_store_duplicate_task (fixture->store, d, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy, >, d);
  titles = ws_list_task_titles (fixture->store, workshop_id);
  g_assert_cmpstr (titles, ==, "B|D|D (copy)|C|A");
  g_clear_pointer (&titles, g_free);

  task = polku_store_get_task (fixture->store, c, &error);
  g_assert_no_error (error);
  task->active = FALSE;
  g_free (task->safety);
  task->safety = g_strdup ("Suojalasit");
  g_assert_true (polku_store_update_task (fixture->store, task, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GPtrArray) active = polku_store_list_tasks (fixture->store, workshop_id, FALSE, &error);

    g_assert_no_error (error);
    titles = ws_task_titles (active);
    g_assert_cmpstr (titles, ==, "B|D|D (copy)|A");
    g_clear_pointer (&titles, g_free);
  }

  g_free (task->title);
  task->title = g_strdup ("");
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_update_task (fixture->store, task, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_move_task (fixture->store, 999, 0, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_duplicate_task (fixture->store, 999, TRUE, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_delete_task (fixture->store, 999, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  {
    PolkuTaskRecord orphan = { .workshop_id = 999, .title = (char *) "Orphan" };

    ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_task (fixture->store, &orphan, edit_error),
                            POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  }

  g_assert_cmpint (b, >, 0);
}

static void
test_task_search (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 workshop_id, other_id;
  struct {
    const char *query;
    const char *found;
  } cases[] = {
    { NULL, "Pöydän kokoaminen|Hyllyn höyläys|Maalaus|Äänieristys" },
    { "", "Pöydän kokoaminen|Hyllyn höyläys|Maalaus|Äänieristys" },
    { "PÖY", "Pöydän kokoaminen" },
    { "pöy", "Pöydän kokoaminen" },
    { "poy", "" },                              /* ö is not o */
    { "äänI", "Äänieristys" },
    { "höyl", "Hyllyn höyläys" },
    { "lakka", "Maalaus" },                     /* from the description */
    { "  hyllyn   HÖYLÄYS ", "Hyllyn höyläys" },
    { "hyllyn maalaus", "" },                   /* every word must match */
    { "o\xcc\x88", "Pöydän kokoaminen|Hyllyn höyläys" },  /* a decomposed ö matches a composed one */
  };

  workshop_id = ws_add_workshop (fixture->store, "Puutyöpaja");
  other_id = ws_add_workshop (fixture->store, "Kahvila");
  ws_add_task (fixture->store, workshop_id, "Pöydän kokoaminen");
  ws_add_task (fixture->store, workshop_id, "Hyllyn höyläys");
  {
    PolkuTaskRecord record = { .workshop_id = workshop_id, .title = (char *) "Maalaus",
                               .description = (char *) "Pohjamaalaus ja lakkaus", .active = TRUE };

    g_assert_cmpint (polku_store_add_task (fixture->store, &record, &error), >, 0);
    g_assert_no_error (error);
  }
  ws_add_task (fixture->store, workshop_id, "Äänieristys");
  ws_add_task (fixture->store, other_id, "Pöydän kattaminen");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) found = polku_store_search_tasks (fixture->store, workshop_id, cases[i].query,
                                                             TRUE, &error);
      g_autofree char *titles = NULL;

      g_assert_no_error (error);
      titles = ws_task_titles (found);
      g_assert_cmpstr (titles, ==, cases[i].found);
    }

  {
    g_autoptr(GPtrArray) everywhere = polku_store_search_tasks (fixture->store, 0, "pöydän", TRUE, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (everywhere->len, ==, 2);
  }
}

static void
test_expiry (void)
{
  g_autoptr(GDate) today = ws_date_new ("2025-03-01");
  struct {
    const char       *valid_to;
    PolkuExpiryState  state;
  } cases[] = {
    { "2024-12-31", POLKU_EXPIRY_EXPIRED },
    { "2025-02-28", POLKU_EXPIRY_EXPIRED },     /* the day before today */
    { "2025-03-01", POLKU_EXPIRY_EXPIRING },    /* its last day */
    { "2025-03-31", POLKU_EXPIRY_EXPIRING },    /* "ends next month" */
    { "2025-04-30", POLKU_EXPIRY_EXPIRING },    /* 60 days ahead */
    { "2025-05-01", POLKU_EXPIRY_OK },          /* 61 days ahead */
    { "2026-07-31", POLKU_EXPIRY_OK },
    { NULL, POLKU_EXPIRY_OK },                  /* open-ended */
    { "2025-02-30", POLKU_EXPIRY_OK },          /* not a date */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (polku_agreement_expiry_state (cases[i].valid_to, today, POLKU_AGREEMENT_WARN_DAYS),
                     ==, cases[i].state);

  /* Across a leap day: 1 February + 60 days is 1 April in 2024. */
  g_date_set_dmy (today, 1, G_DATE_FEBRUARY, 2024);
  g_assert_cmpint (polku_agreement_expiry_state ("2024-04-01", today, 60), ==, POLKU_EXPIRY_EXPIRING);
  g_assert_cmpint (polku_agreement_expiry_state ("2024-04-02", today, 60), ==, POLKU_EXPIRY_OK);
  g_assert_cmpint (polku_agreement_expiry_state ("2024-02-01", today, 0), ==, POLKU_EXPIRY_EXPIRING);
  g_assert_cmpint (polku_agreement_expiry_state ("2024-02-02", today, 0), ==, POLKU_EXPIRY_OK);

  g_assert_true (polku_date_parse_iso ("2024-02-29", NULL));
  g_assert_false (polku_date_parse_iso ("2025-02-29", NULL));
  g_assert_false (polku_date_parse_iso ("2025-3-1", NULL));
  g_assert_false (polku_date_parse_iso ("2025-03-01T00", NULL));
}

static gint64
add_agreement (PolkuStore         *store,
               PolkuAgreementKind  kind,
               const char         *title,
               gint64              provider_id,
               const char         *valid_to)
{
  PolkuAgreementRecord record = {
    .kind = kind, .title = (char *) title, .provider_id = provider_id,
    .valid_from = (char *) "2024-01-01", .valid_to = (char *) valid_to,
  };
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = polku_store_add_agreement (store, &record, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_agreements (Fixture       *fixture,
                 gconstpointer  data)
{
  PolkuProviderRecord provider = { .name = (char *) "Gradia" };
  g_autoptr(GDate) today = ws_date_new ("2025-03-01");
  g_autoptr(PolkuAgreementRecord) read = NULL;
  g_autoptr(GPtrArray) flagged = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  gint64 provider_id, expired, next_month, later, open, archived;

  provider_id = polku_store_add_provider (fixture->store, &provider, &error);
  g_assert_no_error (error);

  later = add_agreement (fixture->store, POLKU_AGREEMENT_KIND_COOPERATION, "Yhteistyösopimus", provider_id,
                         "2026-07-31");
  expired = add_agreement (fixture->store, POLKU_AGREEMENT_KIND_KOULUTUSSOPIMUS, "Puitesopimus",
                           provider_id, "2025-01-31");
  next_month = add_agreement (fixture->store, POLKU_AGREEMENT_KIND_GUIDELINES, "Alueelliset linjaukset",
                              0, "2025-03-31");
  open = add_agreement (fixture->store, POLKU_AGREEMENT_KIND_OPPISOPIMUS, "Oppisopimus", provider_id, NULL);
  archived = add_agreement (fixture->store, POLKU_AGREEMENT_KIND_COOPERATION, "Vanha", provider_id,
                            "2024-06-30");

  read = polku_store_get_agreement (fixture->store, archived, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->provider_name, ==, "Gradia");
  read->archived = TRUE;
  g_assert_true (polku_store_update_agreement (fixture->store, read, &error));
  g_assert_no_error (error);

  flagged = polku_store_list_flagged_agreements (fixture->store, today, POLKU_AGREEMENT_WARN_DAYS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flagged->len, ==, 2);
  g_assert_cmpint (((PolkuAgreementRecord *) g_ptr_array_index (flagged, 0))->agreement_id, ==, expired);
  g_assert_cmpint (((PolkuAgreementRecord *) g_ptr_array_index (flagged, 1))->agreement_id, ==, next_month);
  g_clear_pointer (&flagged, g_ptr_array_unref);

  /* A year later even the long one is flagged; an open-ended one never is. */
  g_date_set_dmy (today, 1, G_DATE_JUNE, 2026);
  flagged = polku_store_list_flagged_agreements (fixture->store, today, POLKU_AGREEMENT_WARN_DAYS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flagged->len, ==, 3);
  g_assert_cmpint (((PolkuAgreementRecord *) g_ptr_array_index (flagged, 2))->agreement_id, ==, later);

  all = polku_store_list_agreements (fixture->store, provider_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  /* Ending first first, open-ended last. */
  g_assert_cmpint (((PolkuAgreementRecord *) g_ptr_array_index (all, 0))->agreement_id, ==, expired);
  g_assert_cmpint (((PolkuAgreementRecord *) g_ptr_array_index (all, 2))->agreement_id, ==, open);

  /* Bad edits change nothing. */
  {
    PolkuAgreementRecord bad = { .kind = POLKU_AGREEMENT_KIND_COOPERATION, .title = (char *) "Bad",
                                 .valid_to = (char *) "2025-02-30" };

    ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_agreement (fixture->store, &bad, edit_error),
                            POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
    bad.valid_to = (char *) "2025-01-01";
    bad.valid_from = (char *) "2025-06-01";
    ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_agreement (fixture->store, &bad, edit_error),
                            POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
    bad.valid_from = NULL;
    bad.title = (char *) "";
    ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_agreement (fixture->store, &bad, edit_error),
                            POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
    bad.title = (char *) "No such provider";
    bad.provider_id = 999;
    ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_agreement (fixture->store, &bad, edit_error),
                            POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
    bad.provider_id = 0;
    bad.perusteet = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_peruste_ref_record_free);
    g_ptr_array_add (bad.perusteet, g_new0 (PolkuPerusteRefRecord, 1));
    ((PolkuPerusteRefRecord *) g_ptr_array_index (bad.perusteet, 0))->peruste_id = 999;
    ASSERT_FAILS_UNCHANGED (fixture, polku_store_add_agreement (fixture->store, &bad, edit_error),
                            POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
    g_ptr_array_unref (bad.perusteet);
  }

  /* A provider that agreements name stays. */
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_delete_provider (fixture->store, provider_id, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT);

  g_assert_true (polku_store_delete_agreement (fixture->store, open, &error));
  g_assert_no_error (error);
  ASSERT_FAILS_UNCHANGED (fixture, polku_store_delete_agreement (fixture->store, open, edit_error),
                          POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/workshop/business-id", test_business_id);
  g_test_add_func ("/workshop/oid", test_oid);
  g_test_add_func ("/workshop/agreements/expiry", test_expiry);
#define ADD(path, func) g_test_add (path, Fixture, NULL, ws_fixture_setup, func, ws_fixture_teardown)
  ADD ("/workshop/schema", test_schema);
  ADD ("/workshop/organisation", test_organisation);
  ADD ("/workshop/workshops", test_workshops);
  ADD ("/workshop/contacts", test_contacts);
  ADD ("/workshop/providers", test_providers);
  ADD ("/workshop/tasks/order-and-duplicate", test_task_order);
  ADD ("/workshop/tasks/search", test_task_search);
  ADD ("/workshop/agreements/store", test_agreements);
#undef ADD

  return g_test_run ();
}
