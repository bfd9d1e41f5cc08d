/* polku-coverage.c: what a workshop's tasks cover of one unit or of one
 * qualification, following the store. The rows (one per requirement, with the
 * tasks covering it) are the coverage matrix; the units carry their figures.
 *
 * When a reload finds the same requirements, the row and unit objects are
 * updated in place, so that a view does not lose its place on every mapping.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-coverage"

#include "config.h"

#include "polku-catalogue-format.h"
#include "polku-coverage.h"
#include "polku-coverage-private.h"
#include "polku-model-record-private.h"

struct _PolkuCoverage
{
  GObject                     parent_instance;

  /* Owned */
  PolkuStore                 *store;
  PolkuPerusteCoverageRecord *record;   /* for a unit: one unit, its totals */
  GListStore                 *rows;
  GListStore                 *units;
  GHashTable                 *row_index; /* requirement id → PolkuCoverageRow (borrowed) */
  char                       *language;
  gulong                      changed_id;
  gulong                      catalogue_id;
  gulong                      reset_id;

  gint64                      workshop_id;
  gint64                      unit_id;    /* 0 for a qualification */
  gint64                      peruste_id;
};

G_DEFINE_FINAL_TYPE (PolkuCoverage, polku_coverage, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKSHOP_ID,
  PROP_UNIT_ID,
  PROP_PERUSTE_ID,
  PROP_NAME,
  PROP_N_TOTAL,
  PROP_N_COVERED,
  PROP_FRACTION,
  PROP_N_UNITS,
  PROP_N_UNITS_FULL,
  PROP_N_UNITS_PARTIAL,
  PROP_CREDITS_TOTAL,
  PROP_CREDITS_FULL,
  PROP_CREDITS_PARTIAL,
  PROP_CREDIT_UNIT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_N_TOTAL, POLKU_FIELD_UINT, PolkuPerusteCoverageRecord, n_total),
  POLKU_FIELD (PROP_N_COVERED, POLKU_FIELD_UINT, PolkuPerusteCoverageRecord, n_covered),
  POLKU_FIELD (PROP_N_UNITS, POLKU_FIELD_UINT, PolkuPerusteCoverageRecord, n_units),
  POLKU_FIELD (PROP_N_UNITS_FULL, POLKU_FIELD_UINT, PolkuPerusteCoverageRecord, n_units_full),
  POLKU_FIELD (PROP_N_UNITS_PARTIAL, POLKU_FIELD_UINT, PolkuPerusteCoverageRecord, n_units_partial),
  POLKU_FIELD (PROP_CREDITS_TOTAL, POLKU_FIELD_DOUBLE, PolkuPerusteCoverageRecord, credits_total),
  POLKU_FIELD (PROP_CREDITS_FULL, POLKU_FIELD_DOUBLE, PolkuPerusteCoverageRecord, credits_full),
  POLKU_FIELD (PROP_CREDITS_PARTIAL, POLKU_FIELD_DOUBLE, PolkuPerusteCoverageRecord, credits_partial),
  POLKU_FIELD (PROP_CREDIT_UNIT, POLKU_FIELD_STRING, PolkuPerusteCoverageRecord, laajuus_yksikko),
};

/* Auxiliary methods */

/* A unit's coverage in the shape of a qualification's, so that both read alike. */
static PolkuPerusteCoverageRecord *
wrap_unit (PolkuUnitCoverageRecord *unit)
{
  PolkuPerusteCoverageRecord *record = g_new0 (PolkuPerusteCoverageRecord, 1);
  double credits = MAX (unit->credits, 0.0);

  record->peruste_id = unit->peruste_id;
  record->nimi_fi = g_strdup (unit->nimi_fi);
  record->nimi_sv = g_strdup (unit->nimi_sv);
  record->n_units = 1;
  record->n_units_full = unit->level == POLKU_UNIT_EXTENT_FULL ? 1 : 0;
  record->n_units_partial = unit->level == POLKU_UNIT_EXTENT_PARTIAL ? 1 : 0;
  record->n_total = unit->n_total;
  record->n_covered = unit->n_covered;
  record->credits_total = credits;
  record->credits_full = unit->level == POLKU_UNIT_EXTENT_FULL ? credits : 0.0;
  record->credits_partial = unit->level == POLKU_UNIT_EXTENT_PARTIAL ? credits : 0.0;
  record->units = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_unit_coverage_record_free);
  g_ptr_array_add (record->units, unit);
  return record;
}

/* Whether @record lists the same units and requirements, in the same order, as
 * the objects we have. */
static gboolean
same_shape (PolkuCoverage              *self,
            PolkuPerusteCoverageRecord *record)
{
  guint n_rows = 0;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->units)) != record->units->len)
    return FALSE;

  for (guint i = 0; i < record->units->len; i++)
    {
      PolkuUnitCoverageRecord *unit = g_ptr_array_index (record->units, i);
      g_autoptr(PolkuCoverageUnit) object = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      if (polku_coverage_unit_get_unit_id (object) != unit->unit_id)
        return FALSE;

      for (guint j = 0; j < unit->rows->len; j++, n_rows++)
        {
          PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, j);
          g_autoptr(PolkuCoverageRow) row_object = g_list_model_get_item (G_LIST_MODEL (self->rows), n_rows);

          if (row_object == NULL || polku_coverage_row_get_requirement_id (row_object) != row->requirement_id)
            return FALSE;
        }
    }

  return n_rows == g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

static void
rebuild (PolkuCoverage              *self,
         PolkuPerusteCoverageRecord *record)
{
  g_autoptr(GPtrArray) all_rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);

  g_hash_table_remove_all (self->row_index);

  for (guint i = 0; i < record->units->len; i++)
    {
      PolkuUnitCoverageRecord *unit = g_ptr_array_index (record->units, i);
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint j = 0; j < unit->rows->len; j++)
        {
          PolkuCoverageRow *row = _polku_coverage_row_new (g_ptr_array_index (unit->rows, j), unit,
                                                           self->language);

          g_ptr_array_add (rows, row);
          g_ptr_array_add (all_rows, g_object_ref (row));
          g_hash_table_insert (self->row_index,
                               g_memdup2 (&polku_coverage_row_get_record (row)->requirement_id, sizeof (gint64)),
                               row);
        }

      g_ptr_array_add (units, _polku_coverage_unit_new (unit, rows, self->language));
    }

  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       all_rows->pdata, all_rows->len);
  g_list_store_splice (self->units, 0, g_list_model_get_n_items (G_LIST_MODEL (self->units)),
                       units->pdata, units->len);
}

static void
update_in_place (PolkuCoverage              *self,
                 PolkuPerusteCoverageRecord *record)
{
  guint n_rows = 0;

  for (guint i = 0; i < record->units->len; i++)
    {
      PolkuUnitCoverageRecord *unit = g_ptr_array_index (record->units, i);
      g_autoptr(PolkuCoverageUnit) object = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      for (guint j = 0; j < unit->rows->len; j++, n_rows++)
        {
          g_autoptr(PolkuCoverageRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), n_rows);

          _polku_coverage_row_update (row, g_ptr_array_index (unit->rows, j));
        }

      _polku_coverage_unit_update (object, unit);
    }
}

static gboolean
reload (PolkuCoverage  *self,
        GError        **error)
{
  g_autoptr(PolkuPerusteCoverageRecord) old = NULL;
  PolkuPerusteCoverageRecord *record;

  if (self->unit_id != 0)
    {
      PolkuUnitCoverageRecord *unit = polku_store_get_unit_coverage (self->store, self->workshop_id,
                                                                     self->unit_id, error);

      if (unit == NULL)
        return FALSE;
      record = wrap_unit (unit);
    }
  else
    {
      record = polku_store_get_peruste_coverage (self->store, self->workshop_id, self->peruste_id, error);
      if (record == NULL)
        return FALSE;
    }

  old = g_steal_pointer (&self->record);
  self->record = record;

  g_object_freeze_notify (G_OBJECT (self));
  if (old != NULL && same_shape (self, record))
    update_in_place (self, record);
  else
    rebuild (self, record);

  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, record);
  if (old == NULL || old->n_total != record->n_total || old->n_covered != record->n_covered)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FRACTION]);
  if (old == NULL || g_strcmp0 (old->nimi_fi, record->nimi_fi) != 0 ||
      g_strcmp0 (old->nimi_sv, record->nimi_sv) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
  if (old == NULL || old->peruste_id != record->peruste_id)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTE_ID]);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/* Callbacks */

static void
store_changed_cb (PolkuCoverage *self)
{
  g_autoptr(GError) error = NULL;

  /* A re-import may have retired the unit: then the coverage empties. */
  if (!reload (self, &error))
    {
      if (!g_error_matches (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not reload the coverage: %s", error->message);
    }
}

/* GObject overrides */

static void
polku_coverage_dispose (GObject *object)
{
  PolkuCoverage *self = (PolkuCoverage *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->catalogue_id, self->store);
      g_clear_signal_handler (&self->reset_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_coverage_parent_class)->dispose (object);
}

static void
polku_coverage_finalize (GObject *object)
{
  PolkuCoverage *self = (PolkuCoverage *)object;

  g_clear_pointer (&self->row_index, g_hash_table_unref);
  g_clear_object (&self->rows);
  g_clear_object (&self->units);
  g_clear_pointer (&self->record, polku_peruste_coverage_record_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (polku_coverage_parent_class)->finalize (object);
}

static void
polku_coverage_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PolkuCoverage *self = POLKU_COVERAGE (object);

  if (_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    return;

  switch (prop_id)
    {
    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;

    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;

    case PROP_PERUSTE_ID:
      g_value_set_int64 (value, polku_coverage_get_peruste_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, polku_coverage_get_name (self));
      break;

    case PROP_FRACTION:
      g_value_set_double (value, polku_coverage_get_fraction (self));
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_coverage_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PolkuCoverage *self = POLKU_COVERAGE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_coverage_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_coverage_class_init (PolkuCoverageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = polku_coverage_dispose;
  object_class->finalize = polku_coverage_finalize;
  object_class->get_property = polku_coverage_get_property;
  object_class->set_property = polku_coverage_set_property;

  /* The workshop whose tasks count, or 0 for all that are not archived */
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* The unit, or 0 for a qualification's coverage */
  properties [PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_PERUSTE_ID] =
    g_param_spec_int64 ("peruste-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* The unit's or the qualification's name */
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /* Requirements in use */
  properties [PROP_N_TOTAL] =
    g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* Of which covered by an active task */
  properties [PROP_N_COVERED] =
    g_param_spec_uint ("n-covered", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0, flags);
  properties [PROP_N_UNITS] =
    g_param_spec_uint ("n-units", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_N_UNITS_FULL] =
    g_param_spec_uint ("n-units-full", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_N_UNITS_PARTIAL] =
    g_param_spec_uint ("n-units-partial", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* Credits of all the units with known credits */
  properties [PROP_CREDITS_TOTAL] =
    g_param_spec_double ("credits-total", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, flags);
  /* Credits learnable here: the fully covered units */
  properties [PROP_CREDITS_FULL] =
    g_param_spec_double ("credits-full", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, flags);
  /* Shown apart: the partly covered units */
  properties [PROP_CREDITS_PARTIAL] =
    g_param_spec_double ("credits-partial", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, flags);
  /* OSAAMISPISTE, VIIKKO (TUVA) or NULL */
  properties [PROP_CREDIT_UNIT] =
    g_param_spec_string ("credit-unit", NULL, NULL, NULL, flags);
  /* "fi" or "sv": passed to the rows and units */
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_coverage_init (PolkuCoverage *self)
{
  self->rows = g_list_store_new (POLKU_TYPE_COVERAGE_ROW);
  self->units = g_list_store_new (POLKU_TYPE_COVERAGE_UNIT);
  self->row_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->language = g_strdup ("fi");
}

static PolkuCoverage *
new_coverage (PolkuStore *store,
              gint64      workshop_id,
              gint64      unit_id,
              gint64      peruste_id)
{
  g_autoptr(GError) error = NULL;
  PolkuCoverage *self;

  self = g_object_new (POLKU_TYPE_COVERAGE, NULL);
  self->store = g_object_ref (store);
  self->workshop_id = workshop_id;
  self->unit_id = unit_id;
  self->peruste_id = peruste_id;
  self->changed_id = g_signal_connect_swapped (store, "changed::workshop",
                                               G_CALLBACK (store_changed_cb), self);
  self->catalogue_id = g_signal_connect_swapped (store, "changed::catalogue",
                                                 G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset",
                                             G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the coverage: %s", error->message);

  return self;
}

/* Public API */

/**
 * polku_coverage_new_for_unit:
 * @workshop_id: the workshop whose tasks count, or 0 for every workshop that
 *   is not archived
 *
 * Returns: (transfer full): the unit's coverage, loaded and following the store
 */
PolkuCoverage *
polku_coverage_new_for_unit (PolkuStore *store,
                             gint64      workshop_id,
                             gint64      unit_id)
{
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (unit_id > 0, NULL);

  return new_coverage (store, workshop_id, unit_id, 0);
}

/**
 * polku_coverage_new_for_peruste:
 * @workshop_id: the workshop whose tasks count, or 0 for every workshop that
 *   is not archived
 *
 * Returns: (transfer full): the qualification's coverage, loaded and following
 *   the store
 */
PolkuCoverage *
polku_coverage_new_for_peruste (PolkuStore *store,
                                gint64      workshop_id,
                                gint64      peruste_id)
{
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (peruste_id > 0, NULL);

  return new_coverage (store, workshop_id, 0, peruste_id);
}

gboolean
polku_coverage_reload (PolkuCoverage  *self,
                       GError        **error)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), FALSE);

  return reload (self, error);
}

/**
 * polku_coverage_get_record:
 *
 * Returns: (transfer none) (nullable): the figures as the store gave them (for a
 *   unit, a qualification-shaped record with that one unit); %NULL when the
 *   first load failed
 */
const PolkuPerusteCoverageRecord *
polku_coverage_get_record (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), NULL);

  return self->record;
}

gint64
polku_coverage_get_workshop_id (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), 0);

  return self->workshop_id;
}

gint64
polku_coverage_get_unit_id (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), 0);

  return self->unit_id;
}

gint64
polku_coverage_get_peruste_id (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), 0);

  if (self->peruste_id != 0)
    return self->peruste_id;

  return self->record != NULL ? self->record->peruste_id : 0;
}

const char *
polku_coverage_get_name (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), NULL);

  if (self->record == NULL)
    return NULL;

  return polku_catalogue_pick_text (self->record->nimi_fi, self->record->nimi_sv, self->language);
}

guint
polku_coverage_get_n_total (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), 0);

  return self->record != NULL ? self->record->n_total : 0;
}

guint
polku_coverage_get_n_covered (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), 0);

  return self->record != NULL ? self->record->n_covered : 0;
}

/**
 * polku_coverage_get_fraction:
 *
 * Returns: covered / all requirements, 0 when there are none
 */
double
polku_coverage_get_fraction (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), 0.0);

  if (self->record == NULL || self->record->n_total == 0)
    return 0.0;

  return (double) self->record->n_covered / (double) self->record->n_total;
}

double
polku_coverage_get_credits_full (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), 0.0);

  return self->record != NULL ? self->record->credits_full : 0.0;
}

double
polku_coverage_get_credits_partial (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), 0.0);

  return self->record != NULL ? self->record->credits_partial : 0.0;
}

/**
 * polku_coverage_get_rows:
 *
 * Returns: (transfer none): a GListModel of #PolkuCoverageRow: every
 *   requirement in use, unit by unit, in order (the matrix's rows)
 */
GListModel *
polku_coverage_get_rows (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), NULL);

  return G_LIST_MODEL (self->rows);
}

/**
 * polku_coverage_get_units:
 *
 * Returns: (transfer none): a GListModel of #PolkuCoverageUnit, in the
 *   qualification's order (one item for a unit's coverage)
 */
GListModel *
polku_coverage_get_units (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), NULL);

  return G_LIST_MODEL (self->units);
}

/**
 * polku_coverage_find_row:
 *
 * Returns: (transfer none) (nullable): the row of a requirement
 */
PolkuCoverageRow *
polku_coverage_find_row (PolkuCoverage *self,
                         gint64         requirement_id)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), NULL);

  return g_hash_table_lookup (self->row_index, &requirement_id);
}

const char *
polku_coverage_get_language (PolkuCoverage *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE (self), NULL);

  return self->language;
}

void
polku_coverage_set_language (PolkuCoverage *self,
                             const char    *language)
{
  guint n;

  g_return_if_fail (POLKU_IS_COVERAGE (self));

  if (language == NULL)
    language = "fi";

  if (!_polku_set_string (&self->language, language))
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuCoverageRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      polku_coverage_row_set_language (row, language);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->units));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuCoverageUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), i);

      polku_coverage_unit_set_language (unit, language);
    }

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
  g_object_thaw_notify (G_OBJECT (self));
}
