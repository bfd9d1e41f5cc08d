/* polku-test-workshop.h: shared fixture and helpers of the workshop store tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "polku-eperusteet.h"
#include "polku-store-workshop.h"
#include "polku-test-utils.h"

G_BEGIN_DECLS

#define PUUTEOLLISUUS "eperusteet/puuteollisuuden-perustutkinto_OPH-2455-2017.json"
#define PUUTARHA      "eperusteet/puutarha-alan-perustutkinto_OPH-901-2020.json"

typedef struct
{
  char       *dir;
  PolkuStore *store;
  guint       n_changed;
} Fixture;

void                ws_changed_cb              (PolkuStore *store,
                                                const char *area,
                                                Fixture    *fixture);
void                ws_fixture_setup           (Fixture        *fixture,
                                                gconstpointer   data);
const char         *ws_catalogue_template      (const char *relative);
void                ws_fixture_setup_catalogue (Fixture        *fixture,
                                                gconstpointer   data);
void                ws_remove_templates        (void);
void                ws_fixture_teardown        (Fixture        *fixture,
                                                gconstpointer   data);
PolkuImportSummary *ws_import                  (PolkuStore *store,
                                                const char *relative);
JsonNode           *ws_read_json               (const char *relative);
JsonObject         *ws_find_unit_json          (JsonNode   *root,
                                                const char *koodi_uri);
GPtrArray          *ws_unit_codes_from_file    (JsonNode   *root,
                                                const char *koodi_uri);
double              ws_unit_credits_from_file  (JsonNode   *root,
                                                const char *koodi_uri);
gint64              ws_query_id                (PolkuStore *store,
                                                const char *format,
                                                ...) G_GNUC_PRINTF (2, 3);
gint64              ws_peruste_id_of           (PolkuStore *store,
                                                const char *diaarinumero);
gint64              ws_unit_id_of              (PolkuStore *store,
                                                const char *diaarinumero,
                                                const char *koodi_uri);
gint64              ws_requirement_id_of       (PolkuStore *store,
                                                const char *diaarinumero,
                                                const char *koodi_uri);
gint64              ws_add_workshop            (PolkuStore *store,
                                                const char *name);
gint64              ws_add_task                (PolkuStore  *store,
                                                gint64       workshop_id,
                                                const char  *title);
void                ws_map                     (PolkuStore  *store,
                                                gint64       task_id,
                                                gint64       requirement_id);
char               *ws_task_titles             (GPtrArray *tasks);
char               *ws_list_task_titles        (PolkuStore  *store,
                                                gint64       workshop_id);
gint64              ws_count_mappings          (PolkuStore *store);
GDate              *ws_date_new                (const char *iso);

/* Runs @edit, which must fail with @domain/@code, and proves that nothing
 * changed and no model was told so. */
#define ASSERT_FAILS_UNCHANGED(fixture, edit, domain, code)              \
  G_STMT_START {                                                         \
    g_autofree char *before_ = polku_test_dump ((fixture)->store);       \
    g_autofree char *after_ = NULL;                                      \
    g_autoptr(GError) error_ = NULL;                                     \
    guint changed_ = (fixture)->n_changed;                               \
    GError **edit_error = &error_;                                       \
    edit;                                                                \
    g_assert_error (error_, domain, code);                               \
    g_assert_false (polku_store_in_transaction ((fixture)->store));      \
    after_ = polku_test_dump ((fixture)->store);                         \
    g_assert_cmpstr (before_, ==, after_);                               \
    g_assert_cmpuint ((fixture)->n_changed, ==, changed_);               \
  } G_STMT_END

/* The same without the (slow, on a whole catalogue) dumps: the edit fails, no
 * model is told, and the mapping tables keep their rows. */
#define ASSERT_FAILS_QUIETLY(fixture, edit, domain, code)                \
  G_STMT_START {                                                         \
    g_autoptr(GError) error_ = NULL;                                     \
    guint changed_ = (fixture)->n_changed;                               \
    gint64 mappings_ = ws_count_mappings ((fixture)->store);             \
    GError **edit_error = &error_;                                       \
    edit;                                                                \
    g_assert_error (error_, domain, code);                               \
    g_assert_false (polku_store_in_transaction ((fixture)->store));      \
    g_assert_cmpint (ws_count_mappings ((fixture)->store), ==, mappings_); \
    g_assert_cmpuint ((fixture)->n_changed, ==, changed_);               \
  } G_STMT_END

G_END_DECLS
