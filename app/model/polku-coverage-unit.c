/* polku-coverage-unit.c: the coverage of one unit within a qualification's
 * coverage: its figures, how learnable it is here and its requirement rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-coverage-unit"

#include "config.h"

#include "polku-catalogue-format.h"
#include "polku-coverage-private.h"
#include "polku-model-record-private.h"

struct _PolkuCoverageUnit
{
  GObject                  parent_instance;

  /* Owned */
  PolkuUnitCoverageRecord *record;   /* without rows: those live in @rows */
  GListStore              *rows;
  char                    *language;
};

G_DEFINE_FINAL_TYPE (PolkuCoverageUnit, polku_coverage_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UNIT_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_CREDITS,
  PROP_N_TOTAL,
  PROP_N_COVERED,
  PROP_FRACTION,
  PROP_LEVEL,
  PROP_MARKED,
  PROP_MARKED_NOTE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_UNIT_ID, POLKU_FIELD_INT64, PolkuUnitCoverageRecord, unit_id),
  POLKU_FIELD (PROP_CODE, POLKU_FIELD_STRING, PolkuUnitCoverageRecord, koodi_arvo),
  POLKU_FIELD (PROP_CREDITS, POLKU_FIELD_DOUBLE, PolkuUnitCoverageRecord, credits),
  POLKU_FIELD (PROP_N_TOTAL, POLKU_FIELD_UINT, PolkuUnitCoverageRecord, n_total),
  POLKU_FIELD (PROP_N_COVERED, POLKU_FIELD_UINT, PolkuUnitCoverageRecord, n_covered),
  POLKU_FIELD (PROP_LEVEL, POLKU_FIELD_ENUM, PolkuUnitCoverageRecord, level),
  POLKU_FIELD (PROP_MARKED, POLKU_FIELD_ENUM, PolkuUnitCoverageRecord, marked),
  POLKU_FIELD (PROP_MARKED_NOTE, POLKU_FIELD_STRING, PolkuUnitCoverageRecord, marked_note),
};

/* Auxiliary methods */

static PolkuUnitCoverageRecord *
unit_record_copy (const PolkuUnitCoverageRecord *record)
{
  PolkuUnitCoverageRecord *copy = g_memdup2 (record, sizeof *record);

  copy->koodi_uri = g_strdup (record->koodi_uri);
  copy->koodi_arvo = g_strdup (record->koodi_arvo);
  copy->nimi_fi = g_strdup (record->nimi_fi);
  copy->nimi_sv = g_strdup (record->nimi_sv);
  copy->marked_note = g_strdup (record->marked_note);
  copy->rows = NULL;
  return copy;
}

/* GObject overrides */

static void
polku_coverage_unit_finalize (GObject *object)
{
  PolkuCoverageUnit *self = (PolkuCoverageUnit *)object;

  g_clear_pointer (&self->record, polku_unit_coverage_record_free);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (polku_coverage_unit_parent_class)->finalize (object);
}

static void
polku_coverage_unit_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PolkuCoverageUnit *self = POLKU_COVERAGE_UNIT (object);

  if (_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    return;

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, polku_coverage_unit_get_name (self));
      break;

    case PROP_FRACTION:
      g_value_set_double (value, polku_coverage_unit_get_fraction (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_coverage_unit_class_init (PolkuCoverageUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = polku_coverage_unit_finalize;
  object_class->get_property = polku_coverage_unit_get_property;

  properties [PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* The unit's code number, e.g. "105429" */
  properties [PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /* Credits (weeks for TUVA), or -1 when not known */
  properties [PROP_CREDITS] =
    g_param_spec_double ("credits", NULL, NULL, -1.0, G_MAXDOUBLE, -1.0, flags);
  properties [PROP_N_TOTAL] =
    g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_N_COVERED] =
    g_param_spec_uint ("n-covered", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* n-covered / n-total, 0 for a unit without requirements */
  properties [PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0, flags);
  /* Full, partial or none, from the requirements and the unit mark */
  properties [PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, POLKU_TYPE_UNIT_EXTENT, POLKU_UNIT_EXTENT_NONE, flags);
  /* How the unit is marked as learnable here, on its own */
  properties [PROP_MARKED] =
    g_param_spec_enum ("marked", NULL, NULL, POLKU_TYPE_UNIT_EXTENT, POLKU_UNIT_EXTENT_NONE, flags);
  properties [PROP_MARKED_NOTE] =
    g_param_spec_string ("marked-note", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_coverage_unit_init (PolkuCoverageUnit *self)
{
  self->rows = g_list_store_new (POLKU_TYPE_COVERAGE_ROW);
  self->language = g_strdup ("fi");
}

/* Private API */

/* @rows: the PolkuCoverageRow objects of this unit, shared with the coverage. */
PolkuCoverageUnit *
_polku_coverage_unit_new (const PolkuUnitCoverageRecord *record,
                          GPtrArray                     *rows,
                          const char                    *language)
{
  PolkuCoverageUnit *self = g_object_new (POLKU_TYPE_COVERAGE_UNIT, NULL);

  self->record = unit_record_copy (record);
  g_list_store_splice (self->rows, 0, 0, rows->pdata, rows->len);
  _polku_set_string (&self->language, language);
  return self;
}

void
_polku_coverage_unit_update (PolkuCoverageUnit             *self,
                             const PolkuUnitCoverageRecord *record)
{
  g_autoptr(PolkuUnitCoverageRecord) old = g_steal_pointer (&self->record);

  self->record = unit_record_copy (record);

  g_object_freeze_notify (G_OBJECT (self));
  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, self->record);
  if (old->n_total != record->n_total || old->n_covered != record->n_covered)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FRACTION]);
  if (g_strcmp0 (old->nimi_fi, record->nimi_fi) != 0 || g_strcmp0 (old->nimi_sv, record->nimi_sv) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Public API */

/**
 * polku_coverage_unit_get_record:
 *
 * Returns: (transfer none): the figures (its rows field is %NULL: see
 *   polku_coverage_unit_get_rows())
 */
const PolkuUnitCoverageRecord *
polku_coverage_unit_get_record (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), NULL);

  return self->record;
}

gint64
polku_coverage_unit_get_unit_id (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), 0);

  return self->record->unit_id;
}

const char *
polku_coverage_unit_get_code (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), NULL);

  return self->record->koodi_arvo;
}

const char *
polku_coverage_unit_get_name (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), NULL);

  return polku_catalogue_pick_text (self->record->nimi_fi, self->record->nimi_sv, self->language);
}

double
polku_coverage_unit_get_credits (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), -1.0);

  return self->record->credits;
}

guint
polku_coverage_unit_get_n_total (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), 0);

  return self->record->n_total;
}

guint
polku_coverage_unit_get_n_covered (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), 0);

  return self->record->n_covered;
}

double
polku_coverage_unit_get_fraction (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), 0.0);

  if (self->record->n_total == 0)
    return 0.0;

  return (double) self->record->n_covered / (double) self->record->n_total;
}

PolkuUnitExtent
polku_coverage_unit_get_level (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), POLKU_UNIT_EXTENT_NONE);

  return self->record->level;
}

PolkuUnitExtent
polku_coverage_unit_get_marked (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), POLKU_UNIT_EXTENT_NONE);

  return self->record->marked;
}

/**
 * polku_coverage_unit_get_rows:
 *
 * Returns: (transfer none): a GListModel of #PolkuCoverageRow, the unit's
 *   requirements in order
 */
GListModel *
polku_coverage_unit_get_rows (PolkuCoverageUnit *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_UNIT (self), NULL);

  return G_LIST_MODEL (self->rows);
}

void
polku_coverage_unit_set_language (PolkuCoverageUnit *self,
                                  const char        *language)
{
  g_return_if_fail (POLKU_IS_COVERAGE_UNIT (self));

  if (_polku_set_string (&self->language, language != NULL ? language : "fi"))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}
