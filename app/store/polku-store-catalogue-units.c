/* polku-store-catalogue-units.c: one unit of the catalogue, as the unit page
 * shows it: the unit, its osa-alueet, requirements, criteria and scale levels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-catalogue-units"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-store-catalogue-units.h"
#include "polku-store-private.h"

/* Auxiliary methods */

static int
column_int_or (sqlite3_stmt *stmt,
               int           index,
               int           fallback)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return fallback;
  return sqlite3_column_int (stmt, index);
}

static double
column_double_or (sqlite3_stmt *stmt,
                  int           index,
                  double        fallback)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return fallback;
  return sqlite3_column_double (stmt, index);
}

/* Ends a read; a statement left mid-result would hold the read transaction open. */
static gboolean
finish_rows (PolkuStore    *store,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _polku_store_set_error (error, _polku_store_get_db (store), rc, _("Reading the catalogue"));
      return FALSE;
    }

  return TRUE;
}

/* "ammattitaitovaatimukset_8005" → "8005" */
static char *
code_value (const char *uri)
{
  const char *underscore;

  if (uri == NULL)
    return NULL;

  underscore = strrchr (uri, '_');
  if (underscore == NULL || underscore[1] == '\0')
    return g_strdup (uri);

  return g_strdup (underscore + 1);
}

/* Records */

void
polku_unit_record_free (PolkuUnitRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->koodi_uri);
  g_free (record->koodi_arvo);
  g_free (record->kind);
  g_free (record->tyyppi);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->nimi_en);
  g_free (record->kuvaus_fi);
  g_free (record->kuvaus_sv);
  g_free (record->osoittamistavat_fi);
  g_free (record->osoittamistavat_sv);
  g_free (record->generic_scale_nimi_fi);
  g_free (record->generic_scale_nimi_sv);
  g_free (record->laajuus_yksikko);
  g_free (record->diaarinumero);
  g_free (record->peruste_nimi_fi);
  g_free (record->peruste_nimi_sv);
  g_free (record->koulutustyyppi);
  g_free (record);
}

void
polku_osa_alue_record_free (PolkuOsaAlueRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->koodi_uri);
  g_free (record->variant);
  g_free (record->tyyppi);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->nimi_en);
  g_free (record);
}

void
polku_requirement_record_free (PolkuRequirementRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->objective_kind);
  g_free (record->source);
  g_free (record->kohdealue_fi);
  g_free (record->kohdealue_sv);
  g_free (record->kohdealue_en);
  g_free (record->text_fi);
  g_free (record->text_sv);
  g_free (record->text_en);
  g_free (record->koodi_uri);
  g_free (record->koodi_arvo);
  g_free (record);
}

void
polku_criterion_record_free (PolkuCriterionRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->owner);
  g_free (record->area_fi);
  g_free (record->area_sv);
  g_free (record->area_koodi_uri);
  g_free (record->target_fi);
  g_free (record->target_sv);
  g_free (record->text_fi);
  g_free (record->text_sv);
  g_free (record->text_en);
  g_free (record);
}

void
polku_scale_level_record_free (PolkuScaleLevelRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->label_fi);
  g_free (record->label_sv);
  g_free (record->label_en);
  g_free (record);
}

/* Public API */

#define UNIT_SQL \
  "SELECT u.unit_id, u.peruste_id, u.koodi_uri, u.koodi_arvo, u.kind, u.tyyppi," \
  "       u.nimi_fi, u.nimi_sv, u.nimi_en, u.kuvaus_fi, u.kuvaus_sv," \
  "       u.osoittamistavat_fi, u.osoittamistavat_sv, u.generic_scale_id, g.nimi_fi, g.nimi_sv," \
  "       u.scale_id, u.laajuus_min, u.laajuus_max, u.embedded, u.retired," \
  "       p.diaarinumero, p.nimi_fi, p.nimi_sv, p.koulutustyyppi, p.laajuus_yksikko," \
  "       (SELECT MIN (v.laajuus) FROM unit_viite v" \
  "         WHERE v.peruste_id = u.peruste_id AND v.unit_id = u.unit_id)," \
  "       (SELECT MAX (COALESCE (v.laajuus_max, v.laajuus)) FROM unit_viite v" \
  "         WHERE v.peruste_id = u.peruste_id AND v.unit_id = u.unit_id)," \
  "       (SELECT MAX (n.mandatory) FROM rakenne_node n WHERE n.unit_id = u.unit_id AND n.kind = 'unit')," \
  "       (SELECT MIN (n.mandatory) FROM rakenne_node n WHERE n.unit_id = u.unit_id AND n.kind = 'unit')," \
  "       (SELECT count (*) FROM osa_alue o WHERE o.unit_id = u.unit_id AND o.retired = 0)" \
  "  FROM unit u" \
  "  JOIN peruste p ON p.peruste_id = u.peruste_id" \
  "  LEFT JOIN generic_scale g ON g.generic_scale_id = u.generic_scale_id" \
  " WHERE u.unit_id = ?1"

/**
 * polku_store_catalogue_get_unit:
 * @unit_id: a unit_id
 *
 * Returns: (transfer full): the unit with its peruste, credits and whether it
 *   is mandatory, or %NULL with %POLKU_STORE_ERROR_NOT_FOUND
 */
PolkuUnitRecord *
polku_store_catalogue_get_unit (PolkuStore  *self,
                                gint64       unit_id,
                                GError     **error)
{
  g_autoptr(PolkuUnitRecord) record = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _polku_store_prepare (self, UNIT_SQL, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (!finish_rows (self, stmt, rc, error))
        return NULL;

      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                   _("The unit is no longer in the catalogue."));
      return NULL;
    }

  record = g_new0 (PolkuUnitRecord, 1);
  record->unit_id = sqlite3_column_int64 (stmt, 0);
  record->peruste_id = sqlite3_column_int64 (stmt, 1);
  record->koodi_uri = _polku_column_dup (stmt, 2);
  record->koodi_arvo = _polku_column_dup (stmt, 3);
  record->kind = _polku_column_dup (stmt, 4);
  record->tyyppi = _polku_column_dup (stmt, 5);
  record->nimi_fi = _polku_column_dup (stmt, 6);
  record->nimi_sv = _polku_column_dup (stmt, 7);
  record->nimi_en = _polku_column_dup (stmt, 8);
  record->kuvaus_fi = _polku_column_dup (stmt, 9);
  record->kuvaus_sv = _polku_column_dup (stmt, 10);
  record->osoittamistavat_fi = _polku_column_dup (stmt, 11);
  record->osoittamistavat_sv = _polku_column_dup (stmt, 12);
  record->generic_scale_id = sqlite3_column_int64 (stmt, 13);
  record->generic_scale_nimi_fi = _polku_column_dup (stmt, 14);
  record->generic_scale_nimi_sv = _polku_column_dup (stmt, 15);
  record->scale_id = column_int_or (stmt, 16, 0);
  record->embedded = sqlite3_column_int (stmt, 19) != 0;
  record->retired = sqlite3_column_int (stmt, 20) != 0;
  record->diaarinumero = _polku_column_dup (stmt, 21);
  record->peruste_nimi_fi = _polku_column_dup (stmt, 22);
  record->peruste_nimi_sv = _polku_column_dup (stmt, 23);
  record->koulutustyyppi = _polku_column_dup (stmt, 24);
  record->laajuus_yksikko = _polku_column_dup (stmt, 25);
  record->n_osa_alueet = sqlite3_column_int (stmt, 30);

  /* Credits sit on the structure links; TUVA parts carry their weeks themselves. */
  if (sqlite3_column_type (stmt, 27) != SQLITE_NULL)
    {
      record->has_credits = TRUE;
      record->credits_max = sqlite3_column_double (stmt, 27);
      record->credits_min = column_double_or (stmt, 26, record->credits_max);
    }
  else if (sqlite3_column_type (stmt, 17) != SQLITE_NULL || sqlite3_column_type (stmt, 18) != SQLITE_NULL)
    {
      record->has_credits = TRUE;
      record->credits_min = column_double_or (stmt, 17, 0);
      record->credits_max = column_double_or (stmt, 18, record->credits_min);
    }

  if (sqlite3_column_type (stmt, 28) != SQLITE_NULL)
    {
      gboolean any_mandatory = sqlite3_column_int (stmt, 28) != 0;
      gboolean all_mandatory = sqlite3_column_int (stmt, 29) != 0;

      if (all_mandatory)
        record->mandatory = POLKU_UNIT_MANDATORY_YES;
      else if (any_mandatory)
        record->mandatory = POLKU_UNIT_MANDATORY_SOMETIMES;
      else
        record->mandatory = POLKU_UNIT_MANDATORY_NO;
    }
  else if (g_strcmp0 (record->kind, "koulutuksen_osa") == 0)
    {
      /* TUVA: the common part is the one everyone takes. */
      record->mandatory = g_strcmp0 (record->tyyppi, "yhteinen") == 0
                          ? POLKU_UNIT_MANDATORY_YES : POLKU_UNIT_MANDATORY_NO;
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&record);
}

/**
 * polku_store_catalogue_list_osa_alueet:
 *
 * Returns: (transfer container) (element-type PolkuOsaAlueRecord): the common
 *   unit's osa-alueet in document order; empty for other units
 */
GPtrArray *
polku_store_catalogue_list_osa_alueet (PolkuStore  *self,
                                       gint64       unit_id,
                                       GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT osa_alue_id, unit_id, koodi_uri, variant, tyyppi,"
                               "       nimi_fi, nimi_sv, nimi_en, pakollinen_laajuus, valinnainen_laajuus, ord"
                               "  FROM osa_alue WHERE unit_id = ?1 AND retired = 0"
                               " ORDER BY ord, osa_alue_id",
                               error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_osa_alue_record_free);
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PolkuOsaAlueRecord *record = g_new0 (PolkuOsaAlueRecord, 1);

      record->osa_alue_id = sqlite3_column_int64 (stmt, 0);
      record->unit_id = sqlite3_column_int64 (stmt, 1);
      record->koodi_uri = _polku_column_dup (stmt, 2);
      record->variant = _polku_column_dup (stmt, 3);
      record->tyyppi = _polku_column_dup (stmt, 4);
      record->nimi_fi = _polku_column_dup (stmt, 5);
      record->nimi_sv = _polku_column_dup (stmt, 6);
      record->nimi_en = _polku_column_dup (stmt, 7);
      record->pakollinen_laajuus = column_double_or (stmt, 8, -1);
      record->valinnainen_laajuus = column_double_or (stmt, 9, -1);
      record->ord = sqlite3_column_int (stmt, 10);
      g_ptr_array_add (rows, record);
    }

  if (!finish_rows (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * polku_store_catalogue_list_requirements:
 *
 * The unit's own requirements first (by kohdealue, in document order), then
 * the objectives of each osa-alue, mandatory before optional. Retired
 * requirements are left out.
 *
 * Returns: (transfer container) (element-type PolkuRequirementRecord)
 */
GPtrArray *
polku_store_catalogue_list_requirements (PolkuStore  *self,
                                         gint64       unit_id,
                                         GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT r.requirement_id, r.unit_id, r.osa_alue_id, r.objective_kind, r.source,"
                               "       r.kohdealue_fi, r.kohdealue_sv, r.kohdealue_en, r.kohdealue_ord, r.ord,"
                               "       r.depth, r.text_fi, r.text_sv, r.text_en, r.koodi_uri, r.retired"
                               "  FROM requirement r"
                               "  LEFT JOIN osa_alue o ON o.osa_alue_id = r.osa_alue_id"
                               " WHERE r.unit_id = ?1 AND r.retired = 0"
                               " ORDER BY r.osa_alue_id IS NOT NULL, o.ord, r.osa_alue_id,"
                               "          r.objective_kind IS 'valinnainen', r.kohdealue_ord, r.ord,"
                               "          r.requirement_id",
                               error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_requirement_record_free);
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PolkuRequirementRecord *record = g_new0 (PolkuRequirementRecord, 1);

      record->requirement_id = sqlite3_column_int64 (stmt, 0);
      record->unit_id = sqlite3_column_int64 (stmt, 1);
      record->osa_alue_id = sqlite3_column_int64 (stmt, 2);
      record->objective_kind = _polku_column_dup (stmt, 3);
      record->source = _polku_column_dup (stmt, 4);
      record->kohdealue_fi = _polku_column_dup (stmt, 5);
      record->kohdealue_sv = _polku_column_dup (stmt, 6);
      record->kohdealue_en = _polku_column_dup (stmt, 7);
      record->kohdealue_ord = sqlite3_column_int (stmt, 8);
      record->ord = sqlite3_column_int (stmt, 9);
      record->depth = sqlite3_column_int (stmt, 10);
      record->text_fi = _polku_column_dup (stmt, 11);
      record->text_sv = _polku_column_dup (stmt, 12);
      record->text_en = _polku_column_dup (stmt, 13);
      record->koodi_uri = _polku_column_dup (stmt, 14);
      record->koodi_arvo = code_value (record->koodi_uri);
      record->retired = sqlite3_column_int (stmt, 15) != 0;
      g_ptr_array_add (rows, record);
    }

  if (!finish_rows (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/* The generic scale stands in only for units without criteria of their own
 * (OPH-5410-2021 106730 has an empty arviointi and the generic scale). */
#define CRITERIA_SQL \
  "SELECT * FROM (" \
  " SELECT c.criterion_id, c.owner, c.osa_alue_id, c.area_ord, c.area_fi, c.area_sv, c.area_koodi_uri," \
  "        c.target_ord, c.target_fi, c.target_sv, c.level_id, c.ord, c.text_fi, c.text_sv, c.text_en," \
  "        0 AS group_ord" \
  "   FROM criterion c WHERE c.owner = 'unit' AND c.unit_id = ?1" \
  " UNION ALL" \
  " SELECT c.criterion_id, c.owner, c.osa_alue_id, c.area_ord, c.area_fi, c.area_sv, c.area_koodi_uri," \
  "        c.target_ord, c.target_fi, c.target_sv, c.level_id, c.ord, c.text_fi, c.text_sv, c.text_en," \
  "        0 AS group_ord" \
  "   FROM criterion c" \
  "  WHERE c.owner = 'generic'" \
  "    AND c.generic_scale_id = (SELECT generic_scale_id FROM unit WHERE unit_id = ?1)" \
  "    AND NOT EXISTS (SELECT 1 FROM criterion x WHERE x.owner = 'unit' AND x.unit_id = ?1)" \
  " UNION ALL" \
  " SELECT c.criterion_id, c.owner, c.osa_alue_id, c.area_ord, c.area_fi, c.area_sv, c.area_koodi_uri," \
  "        c.target_ord, c.target_fi, c.target_sv, c.level_id, c.ord, c.text_fi, c.text_sv, c.text_en," \
  "        1 + o.ord AS group_ord" \
  "   FROM osa_alue o JOIN criterion c ON c.osa_alue_id = o.osa_alue_id AND c.owner = 'osa_alue'" \
  "  WHERE o.unit_id = ?1 AND o.retired = 0" \
  ")" \
  " ORDER BY level_id, group_ord, osa_alue_id, area_ord, target_ord, ord, criterion_id"

/**
 * polku_store_catalogue_list_criteria:
 *
 * Every criterion that assesses the unit: its own (by area and target), else
 * those of its generic scale, then those of its osa-alueet; sorted by level.
 *
 * Returns: (transfer container) (element-type PolkuCriterionRecord)
 */
GPtrArray *
polku_store_catalogue_list_criteria (PolkuStore  *self,
                                     gint64       unit_id,
                                     GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _polku_store_prepare (self, CRITERIA_SQL, error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_criterion_record_free);
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PolkuCriterionRecord *record = g_new0 (PolkuCriterionRecord, 1);

      record->criterion_id = sqlite3_column_int64 (stmt, 0);
      record->owner = _polku_column_dup (stmt, 1);
      record->osa_alue_id = sqlite3_column_int64 (stmt, 2);
      record->area_ord = column_int_or (stmt, 3, -1);
      record->area_fi = _polku_column_dup (stmt, 4);
      record->area_sv = _polku_column_dup (stmt, 5);
      record->area_koodi_uri = _polku_column_dup (stmt, 6);
      record->target_ord = column_int_or (stmt, 7, -1);
      record->target_fi = _polku_column_dup (stmt, 8);
      record->target_sv = _polku_column_dup (stmt, 9);
      record->level_id = sqlite3_column_int (stmt, 10);
      record->ord = sqlite3_column_int (stmt, 11);
      record->text_fi = _polku_column_dup (stmt, 12);
      record->text_sv = _polku_column_dup (stmt, 13);
      record->text_en = _polku_column_dup (stmt, 14);
      g_ptr_array_add (rows, record);
    }

  if (!finish_rows (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * polku_store_catalogue_list_scale_levels:
 * @scale_id: 1 (pass/fail), 2 (T1/H2/K3), 3 (1–5), or 0 for every level
 *
 * Returns: (transfer container) (element-type PolkuScaleLevelRecord): the
 *   levels in order
 */
GPtrArray *
polku_store_catalogue_list_scale_levels (PolkuStore  *self,
                                         int          scale_id,
                                         GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT level_id, scale_id, ord, label_fi, label_sv, label_en"
                               "  FROM scale_level WHERE ?1 = 0 OR scale_id = ?1"
                               " ORDER BY scale_id, ord",
                               error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_scale_level_record_free);
  sqlite3_bind_int (stmt, 1, scale_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PolkuScaleLevelRecord *record = g_new0 (PolkuScaleLevelRecord, 1);

      record->level_id = sqlite3_column_int (stmt, 0);
      record->scale_id = sqlite3_column_int (stmt, 1);
      record->ord = sqlite3_column_int (stmt, 2);
      record->label_fi = _polku_column_dup (stmt, 3);
      record->label_sv = _polku_column_dup (stmt, 4);
      record->label_en = _polku_column_dup (stmt, 5);
      g_ptr_array_add (rows, record);
    }

  if (!finish_rows (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * polku_store_catalogue_find_requirement_unit:
 *
 * Returns: the unit_id of the requirement, or 0 with
 *   %POLKU_STORE_ERROR_NOT_FOUND
 */
gint64
polku_store_catalogue_find_requirement_unit (PolkuStore  *self,
                                             gint64       requirement_id,
                                             GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 unit_id = 0;
  int rc;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  stmt = _polku_store_prepare (self,
                               "SELECT unit_id FROM requirement WHERE requirement_id = ?1",
                               error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, requirement_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      unit_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return unit_id;
    }

  if (finish_rows (self, stmt, rc, error))
    g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                 _("The requirement is no longer in the catalogue."));
  return 0;
}
