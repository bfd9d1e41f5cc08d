/* polku-test-learners.h: shared fixture and helpers of the learner tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-eperusteet.h"
#include "polku-store-learners.h"
#include "polku-test-utils.h"

G_BEGIN_DECLS

#define LT_PUUTEOLLISUUS "eperusteet/puuteollisuuden-perustutkinto_OPH-2455-2017.json"
#define LT_AJONEUVO      "eperusteet/ajoneuvoalan-perustutkinto_OPH-5410-2021.json"
#define LT_LIIKETALOUS   "eperusteet/liiketalouden-perustutkinto_59-011-2014.json"
#define LT_LUONTO        "eperusteet/luonto-ja-ymparistoalan-perustutkinto_62-011-2014.json"
#define LT_PUUTARHA      "eperusteet/puutarha-alan-perustutkinto_OPH-901-2020.json"
#define LT_TUVA          "eperusteet/tutkintokoulutukseen-valmentava-koulutus_OPH-1488-2021.json"
#define LT_TELMA         "eperusteet/tyohon-ja-itsenaiseen-elamaan-valmentava-koulutus_OPH-2659-2017.json"
#define LT_YTO           "eperusteet/yhteiset-tutkinnon-osat_OPH-456-2022.json"

/* Catalogue sets for lt_fixture_setup_catalogue (the fixture's data). */
#define LT_SET_EMPTY   "empty"
#define LT_SET_PUU     "puuteollisuus"
#define LT_SET_DEMO    "puuteollisuus+ajoneuvo"
#define LT_SET_ALL     "all"

typedef struct
{
  char       *dir;
  PolkuStore *store;
  guint       n_changed;
} Fixture;

void        lt_fixture_setup_catalogue (Fixture        *fixture,
                                        gconstpointer   data);
void        lt_fixture_teardown        (Fixture        *fixture,
                                        gconstpointer   data);
void        lt_remove_templates        (void);
/* Imports @relative under the shared data folder; fails the test on errors. */
void        lt_import                  (PolkuStore *store,
                                        const char *relative);
gint64      lt_query_id                (PolkuStore *store,
                                        const char *format,
                                        ...) G_GNUC_PRINTF (2, 3);
gint64      lt_peruste_id              (PolkuStore *store,
                                        const char *diaarinumero);
gint64      lt_unit_id                 (PolkuStore *store,
                                        const char *diaarinumero,
                                        const char *koodi_uri);
/* The learner called @last_name (the demo's are unique); fails when none is. */
gint64      lt_learner_by_last_name    (PolkuStore *store,
                                        const char *last_name);
gint64      lt_add_learner             (PolkuStore *store,
                                        const char *first_names,
                                        const char *last_name);
GArray     *lt_requirement_ids         (PolkuStore *store,
                                        gint64      unit_id);
GBytes     *lt_read_bytes_or_empty     (const char *path);
gboolean    lt_bytes_contain           (GBytes     *bytes,
                                        const char *needle);

/* Runs @edit, which must fail with @domain/@code, and proves that nothing
 * changed (a full dump of the database) and no model was told. */
#define LT_ASSERT_FAILS_UNCHANGED(fixture, edit, domain, code)           \
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

G_END_DECLS
