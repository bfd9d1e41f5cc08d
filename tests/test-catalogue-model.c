/* test-catalogue-model.c: the browsing side of the catalogue (perusteet, their
 * list, and structure trees) over real imported perusteet, without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "polku-catalogue-format.h"
#include "polku-eperusteet.h"
#include "polku-peruste-list.h"
#include "polku-store-catalogue-read.h"
#include "polku-structure-node.h"
#include "polku-test-utils.h"

#define AJONEUVO    "eperusteet/ajoneuvoalan-perustutkinto_OPH-5410-2021.json"
#define LIIKETALOUS "eperusteet/liiketalouden-perustutkinto_59-011-2014.json"
#define TUVA        "eperusteet/tutkintokoulutukseen-valmentava-koulutus_OPH-1488-2021.json"
#define TELMA       "eperusteet/tyohon-ja-itsenaiseen-elamaan-valmentava-koulutus_OPH-2659-2017.json"

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

static PolkuPeruste *
find_by_diaarinumero (GListModel *model,
                      const char *diaarinumero)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PolkuPeruste) peruste = g_list_model_get_item (model, i);

      if (g_strcmp0 (polku_peruste_get_diaarinumero (peruste), diaarinumero) == 0)
        return peruste;
    }

  return NULL;
}

static gint64
peruste_id_of (PolkuStore *store,
               const char *diaarinumero)
{
  g_autoptr(PolkuPerusteList) list = polku_peruste_list_new (store);
  PolkuPeruste *peruste = find_by_diaarinumero (G_LIST_MODEL (list), diaarinumero);

  g_assert_nonnull (peruste);
  return polku_peruste_get_id (peruste);
}

/* The direct child group of @parent for an osaamisala, searching the whole subtree. */
static PolkuStructureNode *
find_osaamisala (PolkuStructureNode *parent,
                 const char         *uri)
{
  GListModel *children = polku_structure_node_get_children (parent);

  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(PolkuStructureNode) child = g_list_model_get_item (children, i);
      PolkuStructureNode *found;

      if (g_strcmp0 (polku_structure_node_get_osaamisala_uri (child), uri) == 0)
        return child;
      if ((found = find_osaamisala (child, uri)) != NULL)
        return found;
    }

  return NULL;
}

static PolkuStructureNode *
child_at (PolkuStructureNode *parent,
          guint               position)
{
  g_autoptr(PolkuStructureNode) child = g_list_model_get_item (polku_structure_node_get_children (parent), position);

  /* The tree keeps its nodes alive. */
  return child;
}

static PolkuStructureNode *
find_unit_by_code (PolkuStructureNode *node,
                   const char         *code)
{
  GListModel *children = polku_structure_node_get_children (node);

  if (polku_structure_node_is_unit (node))
    return g_strcmp0 (polku_structure_node_get_code (node), code) == 0 ? node : NULL;

  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      PolkuStructureNode *found = find_unit_by_code (child_at (node, i), code);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
count_changes (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *counter)
{
  (*counter)++;
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_format (void)
{
  struct {
    double          min, max;
    PolkuCreditUnit unit;
    const char     *expected;
  } credits[] = {
    { 25, 25, POLKU_CREDIT_UNIT_POINTS, "25 credits" },
    { 1, -1, POLKU_CREDIT_UNIT_POINTS, "1 credit" },
    { 60, -1, POLKU_CREDIT_UNIT_POINTS, "60 credits" },
    { 30, 45, POLKU_CREDIT_UNIT_POINTS, "30–45 credits" },
    { 0, 30, POLKU_CREDIT_UNIT_POINTS, "0–30 credits" },
    { -1, 10, POLKU_CREDIT_UNIT_POINTS, "at most 10 credits" },
    { 0, -1, POLKU_CREDIT_UNIT_POINTS, NULL },
    { -1, -1, POLKU_CREDIT_UNIT_POINTS, NULL },
    { 7.5, -1, POLKU_CREDIT_UNIT_POINTS, "7.5 credits" },
    { 2, 10, POLKU_CREDIT_UNIT_WEEKS, "2–10 weeks" },
    { 1, -1, POLKU_CREDIT_UNIT_WEEKS, "1 week" },
  };
  struct {
    int         min, max;
    const char *expected;
  } counts[] = {
    { 2, 2, "2 units" },
    { 1, -1, "1 unit" },
    { 1, 3, "1–3 units" },
    { -1, 4, "at most 4 units" },
    { -1, -1, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (credits); i++)
    {
      g_autofree char *text = polku_catalogue_format_credits (credits[i].min, credits[i].max, credits[i].unit);

      g_assert_cmpstr (text, ==, credits[i].expected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *text = polku_catalogue_format_count (counts[i].min, counts[i].max);

      g_assert_cmpstr (text, ==, counts[i].expected);
    }

  {
    g_autofree char *date = polku_catalogue_format_date ("2022-08-01");
    g_autofree char *bad = polku_catalogue_format_date ("not a date");
    g_autofree char *from = polku_catalogue_format_validity ("2022-08-01", NULL, NULL);
    g_autofree char *all = polku_catalogue_format_validity ("2016-08-01", "2018-07-31", "2021-12-31");
    g_autofree char *kind = polku_catalogue_kind_label ("koulutustyyppi_26", "normaali");
    g_autofree char *common = polku_catalogue_kind_label ("koulutustyyppi_1", "amosaayhteinen");
    g_autofree char *unknown = polku_catalogue_kind_label ("koulutustyyppi_99", NULL);

    g_assert_cmpstr (date, ==, "1.8.2022");
    g_assert_null (bad);
    g_assert_cmpstr (from, ==, "Valid from 1.8.2022");
    g_assert_cmpstr (all, ==, "Valid 1.8.2016–31.7.2018, transition period until 31.12.2021");
    g_assert_cmpstr (kind, ==, "Vocational qualification");
    g_assert_cmpstr (common, ==, "Common units of vocational qualifications");
    g_assert_cmpstr (unknown, ==, "Other education (koulutustyyppi_99)");
  }
}

static void
test_empty_catalogue (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PolkuPerusteList) list = polku_peruste_list_new (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuPerusteRecord) missing = NULL;
  g_autoptr(PolkuStructureNode) root = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == POLKU_TYPE_PERUSTE);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_assert_cmpint (polku_store_count_perusteet (fixture->store, NULL), ==, 0);

  missing = polku_store_get_peruste (fixture->store, 42, &error);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
  g_clear_error (&error);

  g_assert_cmpint (polku_store_get_unit_peruste (fixture->store, 42, &error), ==, 0);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A peruste that is not there has an empty tree, not an error. */
  root = polku_structure_node_load (fixture->store, 42, "reformi", POLKU_CREDIT_UNIT_POINTS, "fi", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (polku_structure_node_get_children (root)), ==, 0);
  g_assert_null (polku_structure_node_create_children_model (root, NULL));

  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_peruste_list (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PolkuPerusteList) list = NULL;
  PolkuPeruste *ajoneuvo, *liiketalous, *tuva;
  g_autofree char *name = NULL;
  guint n_name_notifies = 0;
  guint position = G_MAXUINT;

  import (fixture->store, AJONEUVO);
  import (fixture->store, LIIKETALOUS);
  import (fixture->store, TUVA);

  list = polku_peruste_list_new (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  /* By Finnish name. */
  ajoneuvo = find_by_diaarinumero (G_LIST_MODEL (list), "OPH-5410-2021");
  liiketalous = find_by_diaarinumero (G_LIST_MODEL (list), "59/011/2014");
  tuva = find_by_diaarinumero (G_LIST_MODEL (list), "OPH-1488-2021");
  g_assert_nonnull (ajoneuvo);
  g_assert_nonnull (liiketalous);
  g_assert_nonnull (tuva);
  g_assert_true (polku_peruste_list_find (list, polku_peruste_get_id (ajoneuvo), &position) == ajoneuvo);
  g_assert_cmpuint (position, ==, 0);
  g_assert_true (polku_peruste_list_find (list, polku_peruste_get_id (liiketalous), &position) == liiketalous);
  g_assert_cmpuint (position, ==, 1);
  g_assert_true (polku_peruste_list_find (list, polku_peruste_get_id (tuva), &position) == tuva);
  g_assert_cmpuint (position, ==, 2);
  g_assert_null (polku_peruste_list_find (list, -1, NULL));

  g_assert_cmpstr (polku_peruste_get_name (ajoneuvo), ==, "Ajoneuvoalan perustutkinto");
  g_assert_cmpstr (polku_peruste_get_koulutustyyppi (ajoneuvo), ==, "koulutustyyppi_1");
  g_assert_cmpstr (polku_peruste_get_kind_label (ajoneuvo), ==, "Vocational qualification");
  g_assert_cmpstr (polku_peruste_get_valid_from (ajoneuvo), ==, "2022-08-01");
  g_assert_null (polku_peruste_get_valid_until (ajoneuvo));
  g_assert_cmpstr (polku_peruste_get_validity_text (ajoneuvo), ==, "Valid from 1.8.2022");
  g_assert_false (polku_peruste_get_expired (ajoneuvo));
  g_assert_cmpuint (polku_peruste_get_n_units (ajoneuvo), ==, 78);
  g_assert_cmpint (polku_peruste_get_credit_unit (ajoneuvo), ==, POLKU_CREDIT_UNIT_POINTS);

  /* Validity ended in 2018, the transition period at the end of 2021. */
  g_assert_cmpstr (polku_peruste_get_valid_until (liiketalous), ==, "2018-07-31");
  g_assert_cmpstr (polku_peruste_get_transition_until (liiketalous), ==, "2021-12-31");
  g_assert_true (polku_peruste_get_expired (liiketalous));
  g_assert_false (polku_peruste_is_expired_on (liiketalous, "2019-01-01"));
  g_assert_false (polku_peruste_is_expired_on (liiketalous, "2021-12-31"));
  g_assert_true (polku_peruste_is_expired_on (liiketalous, "2022-01-01"));
  g_assert_false (polku_peruste_is_expired_on (ajoneuvo, "2099-01-01"));
  g_assert_cmpuint (polku_peruste_get_n_units (liiketalous), ==, 38);

  g_assert_cmpstr (polku_peruste_get_kind_label (tuva), ==,
                   "Preparatory education for an upper secondary qualification (TUVA)");
  g_assert_cmpint (polku_peruste_get_credit_unit (tuva), ==, POLKU_CREDIT_UNIT_WEEKS);
  g_assert_cmpuint (polku_peruste_get_n_units (tuva), ==, 7);

  /* Swedish where it exists; the items follow the list. */
  g_signal_connect_swapped (ajoneuvo, "notify::name", G_CALLBACK (count_cb), &n_name_notifies);
  polku_peruste_list_set_language (list, "sv");
  g_assert_cmpstr (polku_peruste_list_get_language (list), ==, "sv");
  g_assert_cmpstr (polku_peruste_get_language (ajoneuvo), ==, "sv");
  g_assert_cmpstr (polku_peruste_get_name (ajoneuvo), ==, polku_peruste_get_name_sv (ajoneuvo));
  g_assert_cmpstr (polku_peruste_get_name (ajoneuvo), !=, "Ajoneuvoalan perustutkinto");
  g_assert_cmpuint (n_name_notifies, ==, 1);
  g_object_get (ajoneuvo, "name", &name, NULL);
  g_assert_cmpstr (name, ==, polku_peruste_get_name_sv (ajoneuvo));

  /* Setting the same language again notifies nothing. */
  polku_peruste_list_set_language (list, "sv");
  g_assert_cmpuint (n_name_notifies, ==, 1);

  polku_peruste_list_set_language (list, "fi");
  g_assert_cmpstr (polku_peruste_get_name (ajoneuvo), ==, "Ajoneuvoalan perustutkinto");
  g_assert_cmpuint (n_name_notifies, ==, 2);
  g_signal_handlers_disconnect_by_data (ajoneuvo, &n_name_notifies);

  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_peruste_list_reloads (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PolkuPerusteList) list = polku_peruste_list_new (fixture->store);
  guint n_changes = 0;
  guint n_notifies = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes), &n_changes);
  g_signal_connect_swapped (list, "notify::n-items", G_CALLBACK (count_cb), &n_notifies);
  polku_peruste_list_set_language (list, "sv");

  /* The importer announces "changed::catalogue" after its commit. */
  import (fixture->store, AJONEUVO);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpuint (n_changes, >=, 1);
  g_assert_cmpuint (n_notifies, ==, 1);

  /* New items speak the list's language. */
  {
    g_autoptr(PolkuPeruste) peruste = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_cmpstr (polku_peruste_get_language (peruste), ==, "sv");
  }

  import (fixture->store, TELMA);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpuint (n_notifies, ==, 2);

  /* A change elsewhere than in the catalogue is not the list's business. */
  n_changes = 0;
  polku_store_emit_changed (fixture->store, "workshop");
  g_assert_cmpuint (n_changes, ==, 0);

  /* Changes made behind the importer's back show after the announcement. */
  g_assert_true (polku_store_exec (fixture->store,
                                   "DELETE FROM catalogue_fts WHERE peruste_id = "
                                   "  (SELECT peruste_id FROM peruste WHERE diaarinumero = 'OPH-2659-2017');"
                                   "DELETE FROM peruste WHERE diaarinumero = 'OPH-2659-2017'", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  polku_store_emit_changed (fixture->store, "catalogue");
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpuint (n_notifies, ==, 3);

  /* Restoring a backup replaces everything: the list follows the store's "reset". */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *backup = polku_store_backup (fixture->store, 7, &error);

    g_assert_no_error (error);
    import (fixture->store, LIIKETALOUS);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
    n_changes = 0;
    g_assert_true (polku_store_restore (fixture->store, backup, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_changes, >=, 1);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
    g_assert_nonnull (find_by_diaarinumero (G_LIST_MODEL (list), "OPH-5410-2021"));
  }

  g_signal_handlers_disconnect_by_data (list, &n_changes);
  g_signal_handlers_disconnect_by_data (list, &n_notifies);
  g_assert_finalize_object (g_steal_pointer (&list));
}

static void
test_peruste_codes (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) koulutukset = NULL;
  g_autoptr(GPtrArray) osaamisalat = NULL;
  g_autoptr(GPtrArray) tutkintonimikkeet = NULL;
  g_autoptr(GPtrArray) suoritustavat = NULL;
  g_autoptr(GError) error = NULL;
  const PolkuCatalogueCodeRecord *code;
  gboolean found_automekaanikko = FALSE;
  gint64 id;

  import (fixture->store, AJONEUVO);
  import (fixture->store, LIIKETALOUS);
  id = peruste_id_of (fixture->store, "OPH-5410-2021");

  koulutukset = polku_store_list_koulutukset (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (koulutukset->len, ==, 1);
  code = g_ptr_array_index (koulutukset, 0);
  g_assert_cmpstr (code->uri, ==, "koulutus_351301");
  g_assert_cmpstr (code->arvo, ==, "351301");

  osaamisalat = polku_store_list_osaamisalat (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (osaamisalat->len, ==, 3);
  for (guint i = 0; i < osaamisalat->len; i++)
    {
      code = g_ptr_array_index (osaamisalat, i);
      g_assert_true (g_str_has_prefix (code->uri, "osaamisala_"));
      g_assert_nonnull (code->nimi_fi);
    }

  tutkintonimikkeet = polku_store_list_tutkintonimikkeet (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tutkintonimikkeet->len, ==, 9);
  for (guint i = 0; i < tutkintonimikkeet->len; i++)
    {
      code = g_ptr_array_index (tutkintonimikkeet, i);
      g_assert_true (g_str_has_prefix (code->uri, "tutkintonimikkeet_"));
      if (g_strcmp0 (code->nimi_fi, "Automekaanikko") == 0)
        {
          found_automekaanikko = TRUE;
          g_assert_cmpstr (code->arvo, ==, "10066");
          /* This document ties its titles to osaamisalat in the structure only. */
          g_assert_null (code->osaamisala_uri);
        }
    }
  g_assert_true (found_automekaanikko);

  suoritustavat = polku_store_list_suoritustavat (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suoritustavat->len, ==, 1);
  g_assert_cmpstr (((PolkuSuoritustapaRecord *) g_ptr_array_index (suoritustavat, 0))->koodi, ==, "reformi");
  g_clear_pointer (&suoritustavat, g_ptr_array_unref);

  /* ops comes before naytto, whatever the document's order. */
  suoritustavat = polku_store_list_suoritustavat (fixture->store, peruste_id_of (fixture->store, "59/011/2014"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suoritustavat->len, ==, 2);
  g_assert_cmpstr (((PolkuSuoritustapaRecord *) g_ptr_array_index (suoritustavat, 0))->koodi, ==, "ops");
  g_assert_cmpstr (((PolkuSuoritustapaRecord *) g_ptr_array_index (suoritustavat, 1))->koodi, ==, "naytto");
}

static void
test_structure_tree (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PolkuStructureNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children_model = NULL;
  PolkuStructureNode *osaamisala, *mandatory_group = NULL, *unit, *optional;
  GListModel *children;
  gint64 id;

  import (fixture->store, AJONEUVO);
  id = peruste_id_of (fixture->store, "OPH-5410-2021");

  root = polku_structure_node_load (fixture->store, id, "reformi", POLKU_CREDIT_UNIT_POINTS, "fi", &error);
  g_assert_no_error (error);
  g_assert_nonnull (root);
  g_assert_false (polku_structure_node_is_unit (root));
  g_assert_cmpstr (polku_structure_node_get_rule_text (root), ==, "180 credits");

  /* Ammatilliset tutkinnon osat (145) and Yhteiset tutkinnon osat (35). */
  children = polku_structure_node_get_children (root);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
  g_assert_cmpstr (polku_structure_node_get_name (child_at (root, 0)), ==, "Ammatilliset tutkinnon osat");
  g_assert_cmpstr (polku_structure_node_get_rule_text (child_at (root, 0)), ==, "145 credits");
  g_assert_cmpstr (polku_structure_node_get_name (child_at (root, 1)), ==, "Yhteiset tutkinnon osat");
  g_assert_cmpstr (polku_structure_node_get_credits_text (child_at (root, 1)), ==, "35 credits");

  osaamisala = find_osaamisala (root, "osaamisala_1008");
  g_assert_nonnull (osaamisala);
  g_assert_cmpint (polku_structure_node_get_role (osaamisala), ==, POLKU_STRUCTURE_ROLE_OSAAMISALA);
  g_assert_cmpstr (polku_structure_node_get_role_label (osaamisala), ==, "Competence area");
  g_assert_cmpstr (polku_structure_node_get_name (osaamisala), ==, "Ajoneuvotekniikan osaamisala");

  /* Its mandatory group holds 106945 Ajoneuvon huoltotyöt, 25 credits. */
  children = polku_structure_node_get_children (osaamisala);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      PolkuStructureNode *group = child_at (osaamisala, i);

      if (find_unit_by_code (group, "106945") != NULL)
        mandatory_group = group;
    }
  g_assert_nonnull (mandatory_group);
  g_assert_false (polku_structure_node_is_unit (mandatory_group));
  g_assert_cmpstr (polku_structure_node_get_name (mandatory_group), ==, "Pakolliset tutkinnon osat");
  g_assert_cmpstr (polku_structure_node_get_rule_text (mandatory_group), ==, "60 credits");
  g_assert_cmpfloat (polku_structure_node_get_credits_min (mandatory_group), ==, 60.0);
  g_assert_cmpuint (polku_structure_node_get_n_units (mandatory_group), ==, 4);
  g_assert_null (polku_structure_node_get_status_label (mandatory_group));

  unit = find_unit_by_code (mandatory_group, "106945");
  g_assert_true (polku_structure_node_is_unit (unit));
  g_assert_cmpstr (polku_structure_node_get_name (unit), ==, "Ajoneuvon huoltotyöt");
  g_assert_cmpstr (polku_structure_node_get_code_uri (unit), ==, "tutkinnonosat_106945");
  g_assert_cmpstr (polku_structure_node_get_credits_text (unit), ==, "25 credits");
  g_assert_cmpfloat (polku_structure_node_get_credits_min (unit), ==, 25.0);
  g_assert_true (polku_structure_node_get_mandatory (unit));
  g_assert_true (polku_structure_node_get_mandatory_known (unit));
  g_assert_cmpstr (polku_structure_node_get_status_label (unit), ==, "Mandatory");
  g_assert_false (polku_structure_node_get_missing (unit));
  g_assert_cmpint (polku_structure_node_get_unit_id (unit), >, 0);
  g_assert_cmpint (polku_store_get_unit_peruste (fixture->store, polku_structure_node_get_unit_id (unit), NULL), ==, id);
  g_assert_true (polku_structure_node_find_unit (root, polku_structure_node_get_unit_id (unit)) == unit);
  g_assert_true (polku_structure_node_find_path (root, polku_structure_node_get_path (unit)) == unit);

  /* A leaf has no children model; a group hands out its own. */
  g_assert_null (polku_structure_node_create_children_model (unit, NULL));
  children_model = polku_structure_node_create_children_model (mandatory_group, NULL);
  g_assert_true (children_model == polku_structure_node_get_children (mandatory_group));
  g_assert_cmpuint (g_list_model_get_n_items (children_model), ==, 4);

  /* Optional units sit in the "Valinnaiset" groups. */
  optional = find_unit_by_code (root, "106881");
  g_assert_nonnull (optional);
  g_assert_false (polku_structure_node_get_mandatory (optional));
  g_assert_cmpstr (polku_structure_node_get_status_label (optional), ==, "Optional");

  /* A tutkintonimike group, and a ranged rule. */
  {
    PolkuStructureNode *nimike = NULL, *valinnaiset;

    for (guint i = 0; i < g_list_model_get_n_items (polku_structure_node_get_children (osaamisala)); i++)
      if (polku_structure_node_get_role (child_at (osaamisala, i)) == POLKU_STRUCTURE_ROLE_TUTKINTONIMIKE &&
          g_strcmp0 (polku_structure_node_get_name (child_at (osaamisala, i)), "Automekaanikko") == 0)
        nimike = child_at (osaamisala, i);

    g_assert_nonnull (nimike);
    g_assert_cmpstr (polku_structure_node_get_role_label (nimike), ==, "Qualification title");
    /* A lone zero minimum says nothing. */
    g_assert_null (polku_structure_node_get_rule_text (nimike));
    valinnaiset = child_at (nimike, 1);
    g_assert_cmpstr (polku_structure_node_get_name (valinnaiset), ==, "Valinnaiset tutkinnon osat");
    g_assert_cmpstr (polku_structure_node_get_rule_text (valinnaiset), ==, "30–45 credits");
  }

  /* Swedish names replace the Finnish ones in place, notifying. */
  {
    guint n_notifies = 0;

    g_signal_connect_swapped (unit, "notify::name", G_CALLBACK (count_cb), &n_notifies);
    polku_structure_node_set_language (root, "sv");
    g_assert_cmpstr (polku_structure_node_get_language (unit), ==, "sv");
    g_assert_cmpstr (polku_structure_node_get_name (unit), ==, "Fordonsservice");
    g_assert_cmpstr (polku_structure_node_get_name (mandatory_group), ==, "Obligatoriska examensdelar");
    g_assert_cmpuint (n_notifies, ==, 1);
    polku_structure_node_set_language (root, "fi");
    g_assert_cmpstr (polku_structure_node_get_name (unit), ==, "Ajoneuvon huoltotyöt");
    g_assert_cmpuint (n_notifies, ==, 2);
    g_signal_handlers_disconnect_by_data (unit, &n_notifies);
  }

  g_clear_object (&children_model);
  g_assert_finalize_object (g_steal_pointer (&root));
}

static void
test_structure_other_shapes (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PolkuStructureNode) naytto = NULL;
  g_autoptr(PolkuStructureNode) tuva = NULL;
  g_autoptr(PolkuStructureNode) telma = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *children;
  gboolean found_count = FALSE;
  gint64 id;

  import (fixture->store, LIIKETALOUS);
  import (fixture->store, TUVA);
  import (fixture->store, TELMA);

  /* The näyttö tree counts units instead of credits, and its links carry no credits. */
  id = peruste_id_of (fixture->store, "59/011/2014");
  naytto = polku_structure_node_load (fixture->store, id, "naytto", POLKU_CREDIT_UNIT_POINTS, "fi", &error);
  g_assert_no_error (error);
  children = polku_structure_node_get_children (naytto);
  g_assert_cmpuint (g_list_model_get_n_items (children), >, 0);
  {
    g_autoptr(GPtrArray) records = polku_store_list_structure (fixture->store, id, "naytto", &error);

    g_assert_no_error (error);
    for (guint i = 0; i < records->len; i++)
      {
        const PolkuStructureNodeRecord *record = g_ptr_array_index (records, i);

        if (!record->is_unit && record->koko_min > 0)
          {
            PolkuStructureNode *node = polku_structure_node_find_path (naytto, record->path);
            g_autofree char *expected = polku_catalogue_format_count (record->koko_min, record->koko_max);

            g_assert_nonnull (node);
            g_assert_cmpstr (polku_structure_node_get_count_text (node), ==, expected);
            g_assert_true (g_str_has_suffix (polku_structure_node_get_rule_text (node), expected));
            found_count = TRUE;
          }
        if (record->is_unit)
          g_assert_cmpfloat (record->credits, <, 0.0);
      }
  }
  g_assert_true (found_count);

  /* TUVA has no structure: its koulutuksen osat become the root's children, in weeks. */
  id = peruste_id_of (fixture->store, "OPH-1488-2021");
  tuva = polku_structure_node_load (fixture->store, id, NULL, POLKU_CREDIT_UNIT_WEEKS, "fi", &error);
  g_assert_no_error (error);
  children = polku_structure_node_get_children (tuva);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      PolkuStructureNode *node = child_at (tuva, i);

      g_assert_true (polku_structure_node_is_unit (node));
      g_assert_nonnull (polku_structure_node_get_name (node));
      g_assert_true (g_str_has_suffix (polku_structure_node_get_credits_text (node), "weeks") ||
                     g_str_has_suffix (polku_structure_node_get_credits_text (node), "week"));
    }

  /* TELMA's links give ranges (0–25) and its units are all optional. */
  id = peruste_id_of (fixture->store, "OPH-2659-2017");
  telma = polku_structure_node_load (fixture->store, id, "reformi", POLKU_CREDIT_UNIT_POINTS, "fi", &error);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) records = polku_store_list_structure (fixture->store, id, "reformi", &error);
    guint n_units = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < records->len; i++)
      {
        const PolkuStructureNodeRecord *record = g_ptr_array_index (records, i);
        PolkuStructureNode *node;

        if (!record->is_unit)
          continue;

        node = polku_structure_node_find_path (telma, record->path);
        g_assert_nonnull (node);
        g_assert_false (polku_structure_node_get_mandatory (node));
        g_assert_cmpfloat (record->credits_max, >, record->credits);
        g_assert_true (strstr (polku_structure_node_get_credits_text (node), "–") != NULL);
        n_units++;
      }
    g_assert_cmpuint (n_units, ==, 3);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/catalogue-model/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/catalogue-model/format", test_format);
  ADD ("empty-catalogue", test_empty_catalogue);
  ADD ("peruste-list", test_peruste_list);
  ADD ("peruste-list-reloads", test_peruste_list_reloads);
  ADD ("peruste-codes", test_peruste_codes);
  ADD ("structure-tree", test_structure_tree);
  ADD ("structure-other-shapes", test_structure_other_shapes);

#undef ADD

  return g_test_run ();
}
