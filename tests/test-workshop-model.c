/* test-workshop-model.c: the workshop model objects and list models (tasks,
 * workshops, providers, agreements, mappings, coverage, the learning
 * environment report), without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-agreement-list.h"
#include "polku-contact-list.h"
#include "polku-coverage.h"
#include "polku-environment-report.h"
#include "polku-eperusteet.h"
#include "polku-mapping-list.h"
#include "polku-organisation.h"
#include "polku-provider-list.h"
#include "polku-task-list.h"
#include "polku-test-utils.h"
#include "polku-workshop-list.h"

#define PUUTEOLLISUUS "eperusteet/puuteollisuuden-perustutkinto_OPH-2455-2017.json"

typedef struct
{
  char       *dir;
  PolkuStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = polku_test_make_tmpdir ();
  fixture->store = polku_test_open_store (fixture->dir);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  polku_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers */

static void
import (PolkuStore *store,
        const char *relative)
{
  g_autofree char *path = polku_test_shared_data_path (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PolkuImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = polku_eperusteet_import_file (store, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
}

static gint64
query_id (PolkuStore *store,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 id = polku_store_query_int (store, sql, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
requirement_id_of (PolkuStore *store,
                   const char *koodi_uri)
{
  g_autofree char *sql = g_strdup_printf ("SELECT requirement_id FROM requirement WHERE koodi_uri = '%s' "
                                          "AND osa_alue_id IS NULL", koodi_uri);

  return query_id (store, sql);
}

static char *
titles_of (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PolkuTask) task = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", polku_task_get_title (task));
    }

  return g_string_free (out, FALSE);
}

#define ASSERT_TITLES(model, expected)                 \
  G_STMT_START {                                       \
    g_autofree char *titles_ = titles_of (G_LIST_MODEL (model)); \
    g_assert_cmpstr (titles_, ==, expected);           \
  } G_STMT_END

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->n_signals++;
  record->position = position;
  record->removed = removed;
  record->added = added;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *counter)
{
  (*counter)++;
}

/* Every item a list model hands out is consistent with its length. */
static void
assert_model_consistent (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_nonnull (item);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (item, g_list_model_get_item_type (model)));
    }
  g_assert_null (g_list_model_get_item (model, n));
}

/* Tests */

static void
test_task_list (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PolkuWorkshopList) workshops = polku_workshop_list_new (fixture->store);
  g_autoptr(PolkuWorkshop) workshop = NULL;
  g_autoptr(PolkuTaskList) tasks = NULL;
  g_autoptr(PolkuTask) table = NULL;
  g_autoptr(PolkuTask) shelf = NULL;
  g_autoptr(PolkuTask) paint = NULL;
  g_autoptr(PolkuTask) copy = NULL;
  g_autoptr(PolkuTask) restored = NULL;
  g_autoptr(PolkuDeletedTask) deleted = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged changed = { 0 };
  guint n_title = 0, n_position = 0;

  workshop = polku_workshop_list_add (workshops, "Puutyöpaja", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (workshops)), ==, 1);
  g_assert_true (polku_workshop_list_find (workshops, polku_workshop_get_id (workshop)) == workshop);

  tasks = polku_task_list_new (fixture->store, polku_workshop_get_id (workshop));
  g_signal_connect (tasks, "items-changed", G_CALLBACK (items_changed_cb), &changed);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tasks)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (tasks)) == POLKU_TYPE_TASK);

  table = polku_task_list_add (tasks, "Pöydän kokoaminen", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed.n_signals, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  shelf = polku_task_list_add (tasks, "Hyllyn höyläys", &error);
  g_assert_no_error (error);
  paint = polku_task_list_add (tasks, "Maalaus", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed.n_signals, ==, 3);
  g_assert_cmpuint (changed.position, ==, 2);
  ASSERT_TITLES (tasks, "Pöydän kokoaminen|Hyllyn höyläys|Maalaus");

  /* The list hands out its own objects, and keeps them over reloads. */
  g_assert_true (polku_task_list_find (tasks, polku_task_get_id (table)) == table);
  g_assert_cmpuint (polku_workshop_get_n_tasks (workshop), ==, 3);

  /* A setter saves at once and notifies once; the list does not churn. */
  g_signal_connect (table, "notify::title", G_CALLBACK (count_notify_cb), &n_title);
  changed.n_signals = 0;
  g_assert_true (polku_task_set_title (table, "  Pöydän kokoaminen ja viimeistely ", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (polku_task_get_title (table), ==, "Pöydän kokoaminen ja viimeistely");
  g_assert_cmpuint (n_title, ==, 1);
  g_assert_cmpuint (changed.n_signals, ==, 0);
  g_assert_true (polku_task_list_find (tasks, polku_task_get_id (table)) == table);

  /* The same text again writes nothing. */
  g_assert_true (polku_task_set_title (table, "Pöydän kokoaminen ja viimeistely", &error));
  g_assert_cmpuint (n_title, ==, 1);

  /* A failed edit leaves the object as it was. */
  g_assert_false (polku_task_set_title (table, "   ", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (polku_task_get_title (table), ==, "Pöydän kokoaminen ja viimeistely");
  g_assert_cmpuint (n_title, ==, 1);

  g_assert_true (polku_task_set_duration (table, "2 päivää", &error));
  g_assert_true (polku_task_set_tools (table, "Ruuvinväännin, puuliima", &error));
  g_assert_true (polku_task_set_safety (table, "Kuulosuojaimet", &error));
  g_assert_true (polku_task_set_description (table, "Jalat, kansi ja pintakäsittely", &error));
  g_assert_no_error (error);
  {
    g_autoptr(PolkuTask) fresh = polku_task_load (fixture->store, polku_task_get_id (table), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (polku_task_get_tools (fresh), ==, "Ruuvinväännin, puuliima");
    g_assert_cmpstr (polku_task_get_duration (fresh), ==, "2 päivää");
  }

  /* Reordering: the moved object stays the same object. */
  g_signal_connect (paint, "notify::position", G_CALLBACK (count_notify_cb), &n_position);
  g_assert_true (polku_task_list_move (tasks, paint, 0, &error));
  g_assert_no_error (error);
  ASSERT_TITLES (tasks, "Maalaus|Pöydän kokoaminen ja viimeistely|Hyllyn höyläys");
  g_assert_cmpuint (n_position, ==, 1);
  g_assert_cmpint (polku_task_get_position (paint), ==, 0);
  {
    g_autoptr(PolkuTask) first = g_list_model_get_item (G_LIST_MODEL (tasks), 0);

    g_assert_true (first == paint);
  }

  /* Searching, and moving while only some tasks show. */
  polku_task_list_set_query (tasks, "pöy");
  ASSERT_TITLES (tasks, "Pöydän kokoaminen ja viimeistely");
  polku_task_list_set_query (tasks, "ö");
  ASSERT_TITLES (tasks, "Pöydän kokoaminen ja viimeistely|Hyllyn höyläys");
  g_assert_true (polku_task_list_move (tasks, shelf, 0, &error));
  g_assert_no_error (error);
  ASSERT_TITLES (tasks, "Hyllyn höyläys|Pöydän kokoaminen ja viimeistely");
  polku_task_list_set_query (tasks, NULL);
  /* Landed before the task that showed first, after the hidden one before it. */
  ASSERT_TITLES (tasks, "Maalaus|Hyllyn höyläys|Pöydän kokoaminen ja viimeistely");
  polku_task_list_set_query (tasks, "ö");
  g_assert_true (polku_task_list_move (tasks, shelf, 1, &error));
  g_assert_no_error (error);
  polku_task_list_set_query (tasks, "");
  ASSERT_TITLES (tasks, "Maalaus|Pöydän kokoaminen ja viimeistely|Hyllyn höyläys");

  /* Retiring a task, and hiding retired ones. */
  g_assert_true (polku_task_set_active (paint, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (polku_task_get_active (paint));
  g_assert_cmpuint (polku_workshop_get_n_tasks (workshop), ==, 2);
  polku_task_list_set_show_inactive (tasks, FALSE);
  ASSERT_TITLES (tasks, "Pöydän kokoaminen ja viimeistely|Hyllyn höyläys");
  polku_task_list_set_show_inactive (tasks, TRUE);

  /* Duplicate, then delete and undo. */
  copy = polku_task_list_duplicate (tasks, table, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (polku_task_get_title (copy), ==, "Pöydän kokoaminen ja viimeistely (copy)");
  g_assert_cmpstr (polku_task_get_tools (copy), ==, "Ruuvinväännin, puuliima");
  ASSERT_TITLES (tasks, "Maalaus|Pöydän kokoaminen ja viimeistely|Pöydän kokoaminen ja viimeistely (copy)|Hyllyn höyläys");

  deleted = polku_task_list_delete (tasks, table, &error);
  g_assert_no_error (error);
  ASSERT_TITLES (tasks, "Maalaus|Pöydän kokoaminen ja viimeistely (copy)|Hyllyn höyläys");
  g_assert_null (polku_task_list_find (tasks, polku_task_get_id (table)));

  restored = polku_task_list_restore (tasks, deleted, &error);
  g_assert_no_error (error);
  g_assert_cmpint (polku_task_get_id (restored), ==, polku_task_get_id (table));
  g_assert_cmpstr (polku_task_get_safety (restored), ==, "Kuulosuojaimet");
  ASSERT_TITLES (tasks, "Maalaus|Pöydän kokoaminen ja viimeistely|Pöydän kokoaminen ja viimeistely (copy)|Hyllyn höyläys");

  assert_model_consistent (G_LIST_MODEL (tasks));
  g_signal_handlers_disconnect_by_data (tasks, &changed);
  g_signal_handlers_disconnect_by_data (table, &n_title);
  g_signal_handlers_disconnect_by_data (paint, &n_position);
  g_clear_object (&table);
  g_clear_object (&shelf);
  g_clear_object (&paint);
  g_clear_object (&copy);
  g_clear_object (&restored);
  g_assert_finalize_object (g_steal_pointer (&tasks));
  g_clear_object (&workshop);
  g_assert_finalize_object (g_steal_pointer (&workshops));
}

static void
test_workshop_list (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PolkuWorkshopList) list = polku_workshop_list_new (fixture->store);
  g_autoptr(PolkuWorkshop) wood = NULL;
  g_autoptr(PolkuWorkshop) cafe = NULL;
  g_autoptr(PolkuWorkshop) garage = NULL;
  g_autoptr(PolkuContactList) contacts = NULL;
  g_autoptr(PolkuContact) anna = NULL;
  g_autoptr(PolkuOrganisation) organisation = polku_organisation_new (fixture->store);
  g_autoptr(GError) error = NULL;
  guint n_items = 0;

  g_signal_connect (list, "notify::n-items", G_CALLBACK (count_notify_cb), &n_items);
  wood = polku_workshop_list_add (list, "Puutyöpaja", &error);
  cafe = polku_workshop_list_add (list, "Kahvila", &error);
  garage = polku_workshop_list_add (list, "Autopaja", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items, ==, 3);

  g_assert_null (polku_workshop_list_add (list, "", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (polku_workshop_set_description (wood, "Verstas", &error));
  g_assert_true (polku_workshop_set_equipment (wood, "Höylä, sirkkeli", &error));
  g_assert_true (polku_workshop_set_municipality (wood, "Jyväskylä", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (polku_workshop_get_equipment (wood), ==, "Höylä, sirkkeli");

  g_assert_true (polku_workshop_list_move (list, garage, 0, &error));
  g_assert_no_error (error);
  g_assert_true (polku_workshop_set_archived (cafe, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  {
    g_autoptr(PolkuWorkshop) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_true (first == garage);
  }
  polku_workshop_list_set_show_archived (list, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  polku_workshop_list_set_show_archived (list, FALSE);

  /* Moving among the shown ones skips the archived one. */
  g_assert_true (polku_workshop_list_move (list, wood, 0, &error));
  g_assert_no_error (error);
  {
    g_autoptr(PolkuWorkshop) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_true (first == wood);
  }

  contacts = polku_contact_list_new (fixture->store, polku_workshop_get_id (wood), 0);
  anna = polku_contact_list_add (contacts, "Anna Virtanen", &error);
  g_assert_no_error (error);
  g_assert_true (polku_contact_set_email (anna, "anna@example.org", &error));
  g_assert_no_error (error);
  g_assert_false (polku_contact_set_email (anna, "anna at example", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (polku_contact_get_email (anna), ==, "anna@example.org");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (contacts)), ==, 1);
  {
    g_autoptr(PolkuContact) ville = polku_contact_list_add (contacts, "Ville Mäkelä", &error);
    g_autoptr(PolkuContact) first = NULL;

    g_assert_no_error (error);
    g_assert_true (polku_contact_list_move (contacts, ville, 0, &error));
    g_assert_no_error (error);
    first = g_list_model_get_item (G_LIST_MODEL (contacts), 0);
    g_assert_true (first == ville);
    g_assert_cmpint (polku_contact_get_position (anna), ==, 1);
    g_assert_true (polku_contact_list_delete (contacts, ville, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (contacts)), ==, 1);
  }

  /* The organisation follows the store. */
  g_assert_true (polku_organisation_set_name (organisation, "Työpaja ry", &error));
  g_assert_no_error (error);
  g_assert_false (polku_organisation_set_business_id (organisation, "1234567-8", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (polku_organisation_get_business_id (organisation));

  g_assert_true (polku_workshop_list_delete (list, cafe, &error));
  g_assert_no_error (error);

  g_signal_handlers_disconnect_by_data (list, &n_items);
  g_clear_object (&anna);
  g_assert_finalize_object (g_steal_pointer (&contacts));
  g_clear_object (&wood);
  g_clear_object (&cafe);
  g_clear_object (&garage);
  g_assert_finalize_object (g_steal_pointer (&list));
  g_assert_finalize_object (g_steal_pointer (&organisation));
}

static void
test_agreements (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PolkuProviderList) providers = polku_provider_list_new (fixture->store);
  g_autoptr(PolkuAgreementList) agreements = polku_agreement_list_new (fixture->store);
  g_autoptr(PolkuAgreementList) flagged = polku_agreement_list_new (fixture->store);
  g_autoptr(PolkuProvider) gradia = NULL;
  g_autoptr(PolkuAgreement) cooperation = NULL;
  g_autoptr(PolkuAgreement) framework = NULL;
  g_autoptr(GError) error = NULL;
  guint n_state = 0, n_flagged = 0;

  g_assert_null (polku_provider_list_add (providers, "Gradia", "1.2.246.562.10.x", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_clear_error (&error);
  gradia = polku_provider_list_add (providers, "Gradia", "1.2.246.562.10.346830761110", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (providers)), ==, 1);
  g_assert_false (polku_provider_set_oid (gradia, "1.2.246.562.24.00000000001", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (polku_provider_get_oid (gradia), ==, "1.2.246.562.10.346830761110");
  g_assert_true (polku_provider_set_notes (gradia, "Puuala", &error));
  g_assert_no_error (error);

  polku_agreement_list_set_today (agreements, "2025-03-01");
  polku_agreement_list_set_today (flagged, "2025-03-01");
  polku_agreement_list_set_flagged_only (flagged, TRUE);

  cooperation = polku_agreement_list_add (agreements, POLKU_AGREEMENT_KIND_COOPERATION, "Yhteistyösopimus",
                                          polku_provider_get_id (gradia), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (polku_agreement_get_provider_name (cooperation), ==, "Gradia");
  g_assert_cmpint (polku_agreement_get_expiry_state (cooperation), ==, POLKU_EXPIRY_OK);
  g_assert_cmpint (polku_agreement_get_days_left (cooperation), ==, G_MAXINT);
  g_assert_cmpuint (polku_provider_get_n_agreements (gradia), ==, 1);

  g_signal_connect (cooperation, "notify::expiry-state", G_CALLBACK (count_notify_cb), &n_state);
  g_signal_connect (agreements, "notify::n-flagged", G_CALLBACK (count_notify_cb), &n_flagged);

  /* Ends next month: flagged. */
  g_assert_true (polku_agreement_set_valid_from (cooperation, "2024-04-01", &error));
  g_assert_true (polku_agreement_set_valid_to (cooperation, "2025-03-31", &error));
  g_assert_no_error (error);
  g_assert_cmpint (polku_agreement_get_expiry_state (cooperation), ==, POLKU_EXPIRY_EXPIRING);
  g_assert_cmpint (polku_agreement_get_days_left (cooperation), ==, 30);
  g_assert_cmpuint (n_state, ==, 1);
  g_assert_cmpuint (polku_agreement_list_get_n_flagged (agreements), ==, 1);
  g_assert_cmpuint (n_flagged, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (flagged)), ==, 1);

  /* A bad date changes nothing. */
  g_assert_false (polku_agreement_set_valid_to (cooperation, "31.3.2025", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (polku_agreement_set_valid_to (cooperation, "2024-01-01", &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (polku_agreement_get_valid_to (cooperation), ==, "2025-03-31");

  framework = polku_agreement_list_add (agreements, POLKU_AGREEMENT_KIND_KOULUTUSSOPIMUS, "Puitesopimus",
                                        0, &error);
  g_assert_no_error (error);
  g_assert_true (polku_agreement_set_valid_to (framework, "2026-12-31", &error));
  g_assert_true (polku_agreement_set_kind (framework, POLKU_AGREEMENT_KIND_OPPISOPIMUS, &error));
  g_assert_true (polku_agreement_set_provider_id (framework, polku_provider_get_id (gradia), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (polku_agreement_get_kind_label (framework), ==, "Apprenticeship (oppisopimus)");
  g_assert_cmpuint (polku_agreement_list_get_n_flagged (agreements), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (flagged)), ==, 1);

  /* Time passes: the first one expires. */
  polku_agreement_list_set_today (agreements, "2025-04-01");
  g_assert_cmpint (polku_agreement_get_expiry_state (cooperation), ==, POLKU_EXPIRY_EXPIRED);
  g_assert_cmpint (polku_agreement_get_days_left (cooperation), ==, -1);
  g_assert_cmpuint (n_state, ==, 2);
  g_assert_cmpuint (polku_agreement_list_get_n_flagged (agreements), ==, 1);

  /* Archived agreements are never flagged. */
  g_assert_true (polku_agreement_set_archived (cooperation, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (polku_agreement_list_get_n_flagged (agreements), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (agreements)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (flagged)), ==, 0);

  /* A provider with agreements stays. */
  g_assert_false (polku_provider_list_delete (providers, gradia, &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_signal_handlers_disconnect_by_data (cooperation, &n_state);
  g_signal_handlers_disconnect_by_data (agreements, &n_flagged);
  g_clear_object (&cooperation);
  g_clear_object (&framework);
  g_clear_object (&gradia);
  g_assert_finalize_object (g_steal_pointer (&agreements));
  g_assert_finalize_object (g_steal_pointer (&flagged));
  g_assert_finalize_object (g_steal_pointer (&providers));
}

static void
test_mapping_and_coverage (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PolkuWorkshopList) workshops = polku_workshop_list_new (fixture->store);
  g_autoptr(PolkuWorkshop) workshop = NULL;
  g_autoptr(PolkuTaskList) tasks = NULL;
  g_autoptr(PolkuTask) table = NULL;
  g_autoptr(PolkuTask) shelf = NULL;
  g_autoptr(PolkuCoverage) unit_coverage = NULL;
  g_autoptr(PolkuCoverage) peruste_coverage = NULL;
  g_autoptr(PolkuMappingList) of_task = NULL;
  g_autoptr(PolkuMappingList) of_requirement = NULL;
  g_autoptr(PolkuCoverageRow) row = NULL;
  g_autoptr(GError) error = NULL;
  PolkuRecognition who = { .recognised_by = "Veera" };
  gint64 unit_id, peruste_id, r1, r2;
  GListModel *rows;
  guint n_covered_notify = 0, n_rows_changed = 0;

  import (fixture->store, PUUTEOLLISUUS);
  unit_id = query_id (fixture->store, "SELECT unit_id FROM unit WHERE koodi_uri = 'tutkinnonosat_105429'");
  peruste_id = query_id (fixture->store, "SELECT peruste_id FROM peruste WHERE diaarinumero = 'OPH-2455-2017'");
  r1 = requirement_id_of (fixture->store, "ammattitaitovaatimukset_613");
  r2 = requirement_id_of (fixture->store, "ammattitaitovaatimukset_614");

  workshop = polku_workshop_list_add (workshops, "Puutyöpaja", &error);
  g_assert_no_error (error);
  tasks = polku_task_list_new (fixture->store, polku_workshop_get_id (workshop));
  table = polku_task_list_add (tasks, "Pöydän valmistus", &error);
  shelf = polku_task_list_add (tasks, "Hyllyn valmistus", &error);
  g_assert_no_error (error);

  unit_coverage = polku_coverage_new_for_unit (fixture->store, polku_workshop_get_id (workshop), unit_id);
  peruste_coverage = polku_coverage_new_for_peruste (fixture->store, polku_workshop_get_id (workshop), peruste_id);
  of_task = polku_mapping_list_new_for_task (fixture->store, polku_task_get_id (table));
  of_requirement = polku_mapping_list_new_for_requirement (fixture->store, r1, 0);

  rows = polku_coverage_get_rows (unit_coverage);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 6);
  g_assert_cmpuint (polku_coverage_get_n_total (unit_coverage), ==, 6);
  g_assert_cmpuint (polku_coverage_get_n_covered (unit_coverage), ==, 0);
  g_assert_cmpstr (polku_coverage_get_name (unit_coverage), ==, "Kalusteiden valmistaminen");
  g_assert_cmpuint (g_list_model_get_n_items (polku_coverage_get_units (unit_coverage)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (polku_coverage_get_units (peruste_coverage)), ==, 43);
  g_assert_cmpuint (polku_coverage_get_n_total (peruste_coverage), ==,
                    g_list_model_get_n_items (polku_coverage_get_rows (peruste_coverage)));

  row = g_list_model_get_item (rows, 0);
  g_assert_cmpint (polku_coverage_row_get_requirement_id (row), ==, r1);
  g_assert_false (polku_coverage_row_get_covered (row));
  g_assert_true (polku_coverage_find_row (unit_coverage, r1) == row);
  g_signal_connect (row, "notify::covered", G_CALLBACK (count_notify_cb), &n_covered_notify);
  g_signal_connect_swapped (rows, "items-changed", G_CALLBACK (count_notify_cb), &n_rows_changed);

  /* Mapping from the task: the coverage updates the same row in place. */
  g_assert_true (polku_task_map_requirement (table, r1, FALSE, &who, &error));
  g_assert_no_error (error);
  g_assert_true (polku_task_map_requirement (shelf, r1, FALSE, NULL, &error));
  g_assert_true (polku_task_map_requirement (shelf, r2, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_covered_notify, ==, 1);
  g_assert_cmpuint (n_rows_changed, ==, 0);
  g_assert_true (polku_coverage_row_get_covered (row));
  g_assert_cmpuint (polku_coverage_row_get_n_tasks (row), ==, 2);
  {
    g_autofree char *text = polku_coverage_row_dup_tasks_text (row);
    gboolean by_code = TRUE;

    g_assert_cmpstr (text, ==, "Pöydän valmistus, Hyllyn valmistus");
    g_assert_true (polku_coverage_row_has_task (row, polku_task_get_id (table), &by_code));
    g_assert_false (by_code);
  }
  g_assert_cmpuint (polku_coverage_get_n_covered (unit_coverage), ==, 2);
  g_assert_cmpfloat_with_epsilon (polku_coverage_get_fraction (unit_coverage), 2.0 / 6.0, 1e-9);
  g_assert_cmpuint (polku_coverage_get_n_covered (peruste_coverage), ==, 2);
  g_assert_cmpuint (polku_task_get_n_requirements (shelf), ==, 2);

  /* Both ways, as list models. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (of_task)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (of_requirement)), ==, 2);
  {
    g_autoptr(PolkuMapping) mapping = g_list_model_get_item (G_LIST_MODEL (of_task), 0);

    g_assert_cmpint (polku_mapping_get_requirement_id (mapping), ==, r1);
    g_assert_cmpstr (polku_mapping_get_unit_name (mapping), ==, "Kalusteiden valmistaminen");
    g_assert_cmpstr (polku_mapping_get_peruste_name (mapping), ==, "Puuteollisuuden perustutkinto");
    polku_mapping_list_set_language (of_task, "sv");
    g_assert_cmpstr (polku_mapping_get_peruste_name (mapping), ==, "Grundexamen inom träindustrin");
    g_assert_cmpstr (polku_mapping_get_text (mapping), !=,
                     "suunnitella kalusteiden valmistuksen ja työvaiheiden keskinäisen järjestyksen");
  }
  {
    g_autoptr(PolkuMapping) second = g_list_model_get_item (G_LIST_MODEL (of_requirement), 1);

    g_assert_cmpint (polku_mapping_get_task_id (second), ==, polku_task_get_id (shelf));
    g_assert_true (polku_mapping_list_find (of_requirement, polku_task_get_id (shelf)) == second);
  }

  /* An inactive task covers nothing. */
  g_assert_true (polku_task_set_active (table, FALSE, &error));
  g_assert_true (polku_task_set_active (shelf, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (polku_coverage_row_get_covered (row));
  g_assert_cmpuint (n_covered_notify, ==, 2);
  g_assert_cmpuint (polku_coverage_get_n_covered (unit_coverage), ==, 0);
  g_assert_true (polku_task_set_active (table, TRUE, &error));
  g_assert_no_error (error);

  g_assert_true (polku_task_unmap_requirement (table, r1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (of_task)), ==, 0);
  g_assert_cmpuint (polku_task_get_n_requirements (table), ==, 0);

  /* Swedish texts. */
  polku_coverage_set_language (unit_coverage, "sv");
  g_assert_cmpstr (polku_coverage_row_get_unit_name (row), ==, polku_coverage_get_name (unit_coverage));
  g_assert_cmpstr (polku_coverage_get_name (unit_coverage), !=, "Kalusteiden valmistaminen");

  assert_model_consistent (rows);
  assert_model_consistent (polku_coverage_get_units (peruste_coverage));
  assert_model_consistent (G_LIST_MODEL (of_requirement));

  g_signal_handlers_disconnect_by_data (row, &n_covered_notify);
  g_signal_handlers_disconnect_by_data (rows, &n_rows_changed);
  g_clear_object (&row);
  g_assert_finalize_object (g_steal_pointer (&unit_coverage));
  g_assert_finalize_object (g_steal_pointer (&peruste_coverage));
  g_assert_finalize_object (g_steal_pointer (&of_task));
  g_assert_finalize_object (g_steal_pointer (&of_requirement));
  g_clear_object (&table);
  g_clear_object (&shelf);
  g_assert_finalize_object (g_steal_pointer (&tasks));
  g_clear_object (&workshop);
  g_assert_finalize_object (g_steal_pointer (&workshops));
}

static guint
count_substrings (const char *haystack,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PolkuEnvironmentReport) report = NULL;
  g_autoptr(PolkuOrganisationRecord) organisation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_sv = NULL;
  PolkuWorkshopRecord workshop = { .name = (char *) "Puutyöpaja", .address = (char *) "Verstaskatu 3",
                                   .postal_code = (char *) "40100", .municipality = (char *) "Jyväskylä",
                                   .description = (char *) "Aito puusepänverstas.",
                                   .equipment = (char *) "Höylä, sirkkeli, CNC" };
  PolkuContactRecord contact = { .name = (char *) "Anna Virtanen", .title = (char *) "Työvalmentaja" };
  PolkuRecognitionRecord recognition = { .recognised_on = (char *) "2025-02-14",
                                         .recogniser_name = (char *) "Opettaja Olli",
                                         .recogniser_organisation = (char *) "Gradia" };
  PolkuTaskRecord task = { .title = (char *) "Pöydän valmistus", .active = TRUE };
  gint64 workshop_id, task_id, peruste_id, unit_id;

  import (fixture->store, PUUTEOLLISUUS);
  peruste_id = query_id (fixture->store, "SELECT peruste_id FROM peruste WHERE diaarinumero = 'OPH-2455-2017'");
  unit_id = query_id (fixture->store, "SELECT unit_id FROM unit WHERE koodi_uri = 'tutkinnonosat_105429'");

  organisation = polku_store_get_organisation (fixture->store, &error);
  g_assert_no_error (error);
  g_free (organisation->name);
  organisation->name = g_strdup ("Työpaja ry");
  g_assert_true (polku_store_update_organisation (fixture->store, organisation, &error));
  workshop_id = polku_store_add_workshop (fixture->store, &workshop, &error);
  g_assert_no_error (error);
  contact.workshop_id = workshop_id;
  g_assert_cmpint (polku_store_add_contact (fixture->store, &contact, &error), >, 0);
  recognition.workshop_id = workshop_id;
  recognition.peruste_id = peruste_id;
  g_assert_true (polku_store_set_recognition (fixture->store, &recognition, &error));
  task.workshop_id = workshop_id;
  task_id = polku_store_add_task (fixture->store, &task, &error);
  g_assert_no_error (error);
  g_assert_true (polku_store_map_requirement (fixture->store, task_id,
                                              requirement_id_of (fixture->store, "ammattitaitovaatimukset_613"),
                                              NULL, &error));
  g_assert_true (polku_store_map_requirement (fixture->store, task_id,
                                              requirement_id_of (fixture->store, "ammattitaitovaatimukset_615"),
                                              NULL, &error));
  g_assert_no_error (error);

  report = polku_environment_report_new (fixture->store, workshop_id, peruste_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  /* The snapshot: header data for the printed report. */
  g_assert_cmpstr (report->diaarinumero, ==, "OPH-2455-2017");
  g_assert_cmpstr (report->peruste_name_fi, ==, "Puuteollisuuden perustutkinto");
  g_assert_cmpuint (report->koulutukset->len, ==, 2);
  g_assert_cmpuint (report->osaamisalat->len, >, 0);
  g_assert_cmpuint (report->tutkintonimikkeet->len, >, 0);
  g_assert_cmpstr (report->organisation->name, ==, "Työpaja ry");
  g_assert_cmpstr (report->workshop->equipment, ==, "Höylä, sirkkeli, CNC");
  g_assert_cmpuint (report->contacts->len, ==, 1);
  g_assert_cmpstr (report->recognition->recogniser_name, ==, "Opettaja Olli");
  g_assert_cmpuint (report->coverage->n_covered, ==, 2);
  g_assert_cmpuint (polku_environment_report_count_units (report, POLKU_UNIT_EXTENT_PARTIAL), ==, 1);
  g_assert_nonnull (polku_environment_report_find_task (report, task_id));

  text = polku_environment_report_to_text (report, "fi");
  g_assert_nonnull (strstr (text, "Puuteollisuuden perustutkinto (OPH-2455-2017)"));
  g_assert_nonnull (strstr (text, "Työpaja ry"));
  g_assert_nonnull (strstr (text, "Puutyöpaja"));
  g_assert_nonnull (strstr (text, "Verstaskatu 3, 40100 Jyväskylä"));
  g_assert_nonnull (strstr (text, "Anna Virtanen, Työvalmentaja"));
  g_assert_nonnull (strstr (text, "14.2.2025"));
  g_assert_nonnull (strstr (text, "Opettaja Olli (Gradia)"));
  g_assert_nonnull (strstr (text, "Aito puusepänverstas."));
  g_assert_nonnull (strstr (text, "105429 Kalusteiden valmistaminen"));
  g_assert_nonnull (strstr (text, "[x] suunnitella kalusteiden valmistuksen ja työvaiheiden keskinäisen järjestyksen — Pöydän valmistus"));
  g_assert_cmpuint (count_substrings (text, "[x] "), ==, 2);
  g_assert_cmpuint (count_substrings (text, "[ ] "), ==, 4);
  g_assert_nonnull (strstr (text, "Requirements covered: 2 of 357"));
  /* Units not learnable here are left out. */
  g_assert_null (strstr (text, "Hirsirakenteiden valmistaminen"));

  text_sv = polku_environment_report_to_text (report, "sv");
  g_assert_nonnull (strstr (text_sv, "Grundexamen inom träindustrin"));
  g_assert_null (strstr (text_sv, "suunnitella kalusteiden"));

  /* A snapshot: later edits do not touch it. */
  g_assert_true (polku_store_set_workshop_unit (fixture->store, workshop_id, unit_id, POLKU_UNIT_EXTENT_FULL,
                                                NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (polku_environment_report_count_units (report, POLKU_UNIT_EXTENT_FULL), ==, 0);

  g_assert_null (polku_environment_report_new (fixture->store, workshop_id, 999999, &error));
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/workshop-model/task-list", test_task_list);
  ADD ("/workshop-model/workshop-list", test_workshop_list);
  ADD ("/workshop-model/agreements", test_agreements);
  ADD ("/workshop-model/mapping-and-coverage", test_mapping_and_coverage);
  ADD ("/workshop-model/report", test_report);
#undef ADD

  return g_test_run ();
}
