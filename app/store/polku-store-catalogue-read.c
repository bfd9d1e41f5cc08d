/* polku-store-catalogue-read.c: the browsing side of the catalogue (perusteet,
 * their names and codes, and the structure trees). Writes live in the importer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-catalogue-read"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-store-catalogue-read.h"
#include "polku-store-private.h"

/* Auxiliary methods */

static double
column_double (sqlite3_stmt *stmt,
               int           index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return POLKU_STORE_NO_VALUE;
  return sqlite3_column_double (stmt, index);
}

static int
column_int_or (sqlite3_stmt *stmt,
               int           index,
               int           unset)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return unset;
  return sqlite3_column_int (stmt, index);
}

/* Steps @stmt once; FALSE with @error set on a failure, FALSE without it when done. */
static gboolean
step_row (PolkuStore    *self,
          sqlite3_stmt  *stmt,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;

  if (rc != SQLITE_DONE)
    _polku_store_set_error (error, _polku_store_get_db (self), rc, _("Reading the catalogue"));

  sqlite3_reset (stmt);
  return FALSE;
}

#define PERUSTE_COLUMNS \
  "p.peruste_id, p.diaarinumero, p.nimi_fi, p.nimi_sv, p.nimi_en, p.koulutustyyppi, p.tyyppi, " \
  "p.voimassaolo_alkaa, p.voimassaolo_loppuu, p.siirtyma_paattyy, p.laajuus_yksikko, " \
  "p.imported_at, p.source, " \
  "(SELECT count(*) FROM unit u WHERE u.peruste_id = p.peruste_id AND u.retired = 0) "

static PolkuPerusteRecord *
peruste_from_row (sqlite3_stmt *stmt)
{
  PolkuPerusteRecord *record = g_new0 (PolkuPerusteRecord, 1);

  record->peruste_id = sqlite3_column_int64 (stmt, 0);
  record->diaarinumero = _polku_column_dup (stmt, 1);
  record->nimi_fi = _polku_column_dup (stmt, 2);
  record->nimi_sv = _polku_column_dup (stmt, 3);
  record->nimi_en = _polku_column_dup (stmt, 4);
  record->koulutustyyppi = _polku_column_dup (stmt, 5);
  record->tyyppi = _polku_column_dup (stmt, 6);
  record->voimassaolo_alkaa = _polku_column_dup (stmt, 7);
  record->voimassaolo_loppuu = _polku_column_dup (stmt, 8);
  record->siirtyma_paattyy = _polku_column_dup (stmt, 9);
  record->laajuus_yksikko = _polku_column_dup (stmt, 10);
  record->imported_at = _polku_column_dup (stmt, 11);
  record->source = _polku_column_dup (stmt, 12);
  record->n_units = (guint) sqlite3_column_int (stmt, 13);

  return record;
}

static GPtrArray *
list_codes (PolkuStore  *self,
            const char  *sql,
            gint64       peruste_id,
            gboolean     with_links,
            GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, peruste_id);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_catalogue_code_record_free);
  while (step_row (self, stmt, &local_error))
    {
      PolkuCatalogueCodeRecord *record = g_new0 (PolkuCatalogueCodeRecord, 1);

      record->uri = _polku_column_dup (stmt, 0);
      record->arvo = _polku_column_dup (stmt, 1);
      record->nimi_fi = _polku_column_dup (stmt, 2);
      record->nimi_sv = _polku_column_dup (stmt, 3);
      record->nimi_en = _polku_column_dup (stmt, 4);
      if (with_links)
        {
          record->osaamisala_uri = _polku_column_dup (stmt, 5);
          record->tutkinnon_osa_uri = _polku_column_dup (stmt, 6);
        }
      g_ptr_array_add (records, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

static gint64
lookup_id (PolkuStore  *self,
           const char  *sql,
           gint64       id,
           const char  *not_found_message,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 result;

  stmt = _polku_store_prepare (self, sql, error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_row (self, stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, not_found_message);
      return 0;
    }

  result = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return result;
}

/* Public API */

void
polku_peruste_record_free (PolkuPerusteRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->diaarinumero);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->nimi_en);
  g_free (record->koulutustyyppi);
  g_free (record->tyyppi);
  g_free (record->voimassaolo_alkaa);
  g_free (record->voimassaolo_loppuu);
  g_free (record->siirtyma_paattyy);
  g_free (record->laajuus_yksikko);
  g_free (record->imported_at);
  g_free (record->source);
  g_free (record);
}

void
polku_catalogue_code_record_free (PolkuCatalogueCodeRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->uri);
  g_free (record->arvo);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->nimi_en);
  g_free (record->osaamisala_uri);
  g_free (record->tutkinnon_osa_uri);
  g_free (record);
}

void
polku_suoritustapa_record_free (PolkuSuoritustapaRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->koodi);
  g_free (record->laajuus_yksikko);
  g_free (record);
}

void
polku_structure_node_record_free (PolkuStructureNodeRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->path);
  g_free (record->parent_path);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->rooli);
  g_free (record->osaamisala_uri);
  g_free (record->tutkintonimike_uri);
  g_free (record->kuvaus_fi);
  g_free (record->kuvaus_sv);
  g_free (record->koodi_uri);
  g_free (record->koodi_arvo);
  g_free (record);
}

/**
 * polku_store_list_perusteet:
 *
 * Returns: (transfer full) (element-type PolkuPerusteRecord): every peruste,
 *   by Finnish name, or %NULL with @error set
 */
GPtrArray *
polku_store_list_perusteet (PolkuStore  *self,
                            GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " PERUSTE_COLUMNS "FROM peruste p "
                               "ORDER BY coalesce(p.nimi_fi, p.nimi_sv, p.diaarinumero) COLLATE NOCASE, "
                               "p.diaarinumero",
                               error);
  if (stmt == NULL)
    return NULL;

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_peruste_record_free);
  while (step_row (self, stmt, &local_error))
    g_ptr_array_add (records, peruste_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * polku_store_get_peruste:
 *
 * Returns: (transfer full): the peruste, or %NULL with @error set
 *   (%POLKU_STORE_ERROR_NOT_FOUND when there is no such peruste)
 */
PolkuPerusteRecord *
polku_store_get_peruste (PolkuStore  *self,
                         gint64       peruste_id,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PolkuPerusteRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " PERUSTE_COLUMNS "FROM peruste p WHERE p.peruste_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, peruste_id);
  if (!step_row (self, stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                             _("The qualification is no longer in the catalogue."));
      return NULL;
    }

  record = peruste_from_row (stmt);
  sqlite3_reset (stmt);
  return record;
}

/**
 * polku_store_count_perusteet:
 *
 * Returns: how many perusteet the catalogue holds, or -1 with @error set
 */
gint64
polku_store_count_perusteet (PolkuStore  *self,
                             GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), -1);

  return polku_store_query_int (self, "SELECT count(*) FROM peruste", error);
}

/**
 * polku_store_list_koulutukset:
 *
 * Returns: (transfer full) (element-type PolkuCatalogueCodeRecord): the
 *   peruste's koulutukset by code, or %NULL with @error set
 */
GPtrArray *
polku_store_list_koulutukset (PolkuStore  *self,
                              gint64       peruste_id,
                              GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return list_codes (self,
                     "SELECT koulutus_uri, koulutus_arvo, nimi_fi, nimi_sv, nimi_en "
                     "FROM peruste_koulutus WHERE peruste_id = ?1 ORDER BY koulutus_arvo, koulutus_uri",
                     peruste_id, FALSE, error);
}

/**
 * polku_store_list_osaamisalat:
 *
 * Returns: (transfer full) (element-type PolkuCatalogueCodeRecord): the
 *   peruste's osaamisalat in document order, or %NULL with @error set
 */
GPtrArray *
polku_store_list_osaamisalat (PolkuStore  *self,
                              gint64       peruste_id,
                              GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return list_codes (self,
                     "SELECT osaamisala_uri, arvo, nimi_fi, nimi_sv, nimi_en "
                     "FROM peruste_osaamisala WHERE peruste_id = ?1 ORDER BY ord, osaamisala_uri",
                     peruste_id, FALSE, error);
}

/**
 * polku_store_list_tutkintonimikkeet:
 *
 * A tutkintonimike that the document repeats for several osaamisalat comes
 * once per osaamisala.
 *
 * Returns: (transfer full) (element-type PolkuCatalogueCodeRecord): the
 *   peruste's tutkintonimikkeet in document order, or %NULL with @error set
 */
GPtrArray *
polku_store_list_tutkintonimikkeet (PolkuStore  *self,
                                    gint64       peruste_id,
                                    GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return list_codes (self,
                     "SELECT tutkintonimike_uri, arvo, nimi_fi, nimi_sv, nimi_en, "
                     "nullif(osaamisala_uri, ''), tutkinnon_osa_uri "
                     "FROM peruste_tutkintonimike WHERE peruste_id = ?1 "
                     "ORDER BY ord, tutkintonimike_uri, osaamisala_uri",
                     peruste_id, TRUE, error);
}

/**
 * polku_store_list_suoritustavat:
 *
 * Returns: (transfer full) (element-type PolkuSuoritustapaRecord): the ways
 *   the qualification can be completed, the current (reformi) one first, or
 *   %NULL with @error set
 */
GPtrArray *
polku_store_list_suoritustavat (PolkuStore  *self,
                                gint64       peruste_id,
                                GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT koodi, laajuus_yksikko FROM suoritustapa WHERE peruste_id = ?1 "
                               "ORDER BY CASE koodi WHEN 'reformi' THEN 0 WHEN 'ops' THEN 1 "
                               "WHEN 'naytto' THEN 2 ELSE 3 END, koodi",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, peruste_id);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_suoritustapa_record_free);
  while (step_row (self, stmt, &local_error))
    {
      PolkuSuoritustapaRecord *record = g_new0 (PolkuSuoritustapaRecord, 1);

      record->koodi = _polku_column_dup (stmt, 0);
      record->laajuus_yksikko = _polku_column_dup (stmt, 1);
      g_ptr_array_add (records, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

/* Group names fall back to the peruste's own osaamisala and tutkintonimike names:
 * some documents leave those groups unnamed. */
static const char structure_sql[] =
  "SELECT n.path, n.parent_path, n.depth, n.kind = 'unit', "
  "  coalesce(n.nimi_fi, u.nimi_fi, o.nimi_fi, "
  "    (SELECT t.nimi_fi FROM peruste_tutkintonimike t WHERE t.peruste_id = n.peruste_id "
  "     AND t.tutkintonimike_uri = n.tutkintonimike_uri ORDER BY t.ord LIMIT 1)), "
  "  coalesce(n.nimi_sv, u.nimi_sv, o.nimi_sv, "
  "    (SELECT t.nimi_sv FROM peruste_tutkintonimike t WHERE t.peruste_id = n.peruste_id "
  "     AND t.tutkintonimike_uri = n.tutkintonimike_uri ORDER BY t.ord LIMIT 1)), "
  "  n.rooli, n.laajuus_min, n.laajuus_max, n.koko_min, n.koko_max, "
  "  n.osaamisala_uri, n.tutkintonimike_uri, n.kuvaus_fi, n.kuvaus_sv, "
  "  n.unit_id, u.koodi_uri, u.koodi_arvo, u.embedded, u.retired, n.mandatory, "
  "  coalesce(v.laajuus, u.laajuus_min), coalesce(v.laajuus_max, u.laajuus_max) "
  "FROM rakenne_node n "
  "LEFT JOIN unit u ON u.unit_id = n.unit_id "
  "LEFT JOIN unit_viite v ON v.peruste_id = n.peruste_id AND v.suoritustapa = n.suoritustapa "
  "  AND v.unit_id = n.unit_id "
  "LEFT JOIN peruste_osaamisala o ON o.peruste_id = n.peruste_id AND o.osaamisala_uri = n.osaamisala_uri "
  "WHERE n.peruste_id = ?1 AND n.suoritustapa = ?2 "
  "ORDER BY n.ord";

/* A peruste without a structure (TUVA) lists its units as leaves of one root. */
static const char units_sql[] =
  "SELECT NULL, NULL, 1, 1, u.nimi_fi, u.nimi_sv, NULL, NULL, NULL, NULL, NULL, "
  "  NULL, NULL, u.kuvaus_fi, u.kuvaus_sv, "
  "  u.unit_id, u.koodi_uri, u.koodi_arvo, u.embedded, u.retired, "
  "  CASE u.tyyppi WHEN 'yhteinen' THEN 1 WHEN 'valinnainen' THEN 0 ELSE NULL END, "
  "  u.laajuus_min, u.laajuus_max "
  "FROM unit u WHERE u.peruste_id = ?1 AND u.retired = 0 "
  "ORDER BY u.ord, u.unit_id";

/**
 * polku_store_list_structure:
 * @suoritustapa: (nullable): the tree to read; %NULL lists the peruste's
 *   units as the leaves of a root, for perusteet without a structure
 *
 * Returns: (transfer full) (element-type PolkuStructureNodeRecord): the nodes
 *   in preorder, the root first; %NULL with @error set
 */
GPtrArray *
polku_store_list_structure (PolkuStore  *self,
                            gint64       peruste_id,
                            const char  *suoritustapa,
                            GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  guint index = 0;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _polku_store_prepare (self, suoritustapa != NULL ? structure_sql : units_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, peruste_id);
  if (suoritustapa != NULL)
    _polku_bind_text (stmt, 2, suoritustapa);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_structure_node_record_free);

  if (suoritustapa == NULL)
    {
      PolkuStructureNodeRecord *root = g_new0 (PolkuStructureNodeRecord, 1);

      root->path = g_strdup ("0");
      root->laajuus_min = root->laajuus_max = POLKU_STORE_NO_VALUE;
      root->credits = root->credits_max = POLKU_STORE_NO_VALUE;
      root->koko_min = root->koko_max = -1;
      root->mandatory = -1;
      g_ptr_array_add (records, root);
    }

  while (step_row (self, stmt, &local_error))
    {
      PolkuStructureNodeRecord *record = g_new0 (PolkuStructureNodeRecord, 1);

      if (suoritustapa != NULL)
        {
          record->path = _polku_column_dup (stmt, 0);
          record->parent_path = _polku_column_dup (stmt, 1);
        }
      else
        {
          record->path = g_strdup_printf ("0.%u", index++);
          record->parent_path = g_strdup ("0");
        }
      record->depth = (guint) sqlite3_column_int (stmt, 2);
      record->is_unit = sqlite3_column_int (stmt, 3) != 0;
      record->nimi_fi = _polku_column_dup (stmt, 4);
      record->nimi_sv = _polku_column_dup (stmt, 5);
      record->rooli = _polku_column_dup (stmt, 6);
      record->laajuus_min = column_double (stmt, 7);
      record->laajuus_max = column_double (stmt, 8);
      record->koko_min = column_int_or (stmt, 9, -1);
      record->koko_max = column_int_or (stmt, 10, -1);
      record->osaamisala_uri = _polku_column_dup (stmt, 11);
      record->tutkintonimike_uri = _polku_column_dup (stmt, 12);
      record->kuvaus_fi = _polku_column_dup (stmt, 13);
      record->kuvaus_sv = _polku_column_dup (stmt, 14);
      record->unit_id = sqlite3_column_int64 (stmt, 15);
      record->koodi_uri = _polku_column_dup (stmt, 16);
      record->koodi_arvo = _polku_column_dup (stmt, 17);
      record->embedded = column_int_or (stmt, 18, 1) != 0;
      record->retired = sqlite3_column_int (stmt, 19) != 0;
      record->mandatory = column_int_or (stmt, 20, -1);
      record->credits = column_double (stmt, 21);
      record->credits_max = column_double (stmt, 22);
      g_ptr_array_add (records, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * polku_store_get_unit_peruste:
 *
 * Returns: the peruste that @unit_id belongs to, or 0 with @error set
 */
gint64
polku_store_get_unit_peruste (PolkuStore  *self,
                              gint64       unit_id,
                              GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return lookup_id (self, "SELECT peruste_id FROM unit WHERE unit_id = ?1", unit_id,
                    _("The unit is no longer in the catalogue."), error);
}
