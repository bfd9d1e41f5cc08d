/* polku-unit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-unit"

#include "config.h"

#include <string.h>

#include "polku-catalogue-text.h"
#include "polku-unit.h"

typedef struct
{
  PolkuUnitOsaAlue  public;
  char             *name;
  char             *koodi_uri;
} OsaAlue;

typedef struct
{
  PolkuUnitLevel  public;
  char           *label;
  char           *short_label;
} Level;

struct _PolkuUnit
{
  GObject             parent_instance;

  gint64              id;
  gint64              peruste_id;
  gboolean            swedish;
  char               *name;
  gboolean            name_fallback;
  char               *code;
  char               *koodi_uri;
  char               *kind;
  char               *tyyppi;
  gboolean            has_credits;
  double              credits_min;
  double              credits_max;
  gboolean            credits_in_weeks;
  PolkuUnitMandatory  mandatory;
  char               *peruste_name;
  char               *diaarinumero;
  char               *koulutustyyppi;
  char               *description;
  char               *ways;
  gboolean            ways_fallback;
  char               *generic_scale_name;
  int                 scale_id;
  gboolean            embedded;
  gboolean            retired;

  GListStore         *requirements;
  GListStore         *criteria;
  GArray             *osa_alueet;   /* OsaAlue */
  GArray             *levels;       /* Level */
};

G_DEFINE_FINAL_TYPE (PolkuUnit, polku_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CODE,
  PROP_PERUSTE_NAME,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
osa_alue_clear (gpointer data)
{
  OsaAlue *osa_alue = data;

  g_free (osa_alue->name);
  g_free (osa_alue->koodi_uri);
}

static void
level_clear (gpointer data)
{
  Level *level = data;

  g_free (level->label);
  g_free (level->short_label);
}

/* "Tyydyttävä 1" → "1", "Kiitettävä K3" → "K3"; "Hyväksytty" stays whole. */
static char *
short_level_label (const char *label)
{
  const char *space;

  if (label == NULL)
    return g_strdup ("");

  space = strrchr (label, ' ');
  if (space != NULL && g_utf8_strlen (space + 1, -1) <= 3 && space[1] != '\0')
    return g_strdup (space + 1);

  return g_strdup (label);
}

static gboolean
load_levels (PolkuUnit   *self,
             PolkuStore  *store,
             GError     **error)
{
  g_autoptr(GPtrArray) all_levels = NULL;
  guint n_criteria = g_list_model_get_n_items (G_LIST_MODEL (self->criteria));

  all_levels = polku_store_catalogue_list_scale_levels (store, 0, error);
  if (all_levels == NULL)
    return FALSE;

  /* Only the levels that have criteria: the 2018 scale describes 1, 3 and 5. */
  for (guint i = 0; i < all_levels->len; i++)
    {
      PolkuScaleLevelRecord *record = g_ptr_array_index (all_levels, i);
      guint count = 0;

      for (guint j = 0; j < n_criteria; j++)
        {
          g_autoptr(PolkuCriterion) criterion = g_list_model_get_item (G_LIST_MODEL (self->criteria), j);

          if (polku_criterion_get_level_id (criterion) == record->level_id)
            count++;
        }

      if (count > 0)
        {
          Level level = { { 0 } };

          level.label = g_strdup (polku_catalogue_text_pick (record->label_fi, record->label_sv,
                                                             record->label_en, self->swedish, NULL));
          level.short_label = short_level_label (level.label);
          level.public.level_id = record->level_id;
          level.public.scale_id = record->scale_id;
          level.public.label = level.label;
          level.public.short_label = level.short_label;
          level.public.n_criteria = count;
          g_array_append_val (self->levels, level);
        }
    }

  return TRUE;
}

static gboolean
load (PolkuUnit   *self,
      PolkuStore  *store,
      gint64       unit_id,
      GError     **error)
{
  g_autoptr(PolkuUnitRecord) unit = NULL;
  g_autoptr(GPtrArray) osa_alueet = NULL;
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GPtrArray) criteria = NULL;

  unit = polku_store_catalogue_get_unit (store, unit_id, error);
  if (unit == NULL)
    return FALSE;

  osa_alueet = polku_store_catalogue_list_osa_alueet (store, unit_id, error);
  if (osa_alueet == NULL)
    return FALSE;

  requirements = polku_store_catalogue_list_requirements (store, unit_id, error);
  if (requirements == NULL)
    return FALSE;

  criteria = polku_store_catalogue_list_criteria (store, unit_id, error);
  if (criteria == NULL)
    return FALSE;

  self->id = unit->unit_id;
  self->peruste_id = unit->peruste_id;
  self->name = g_strdup (polku_catalogue_text_pick (unit->nimi_fi, unit->nimi_sv, unit->nimi_en,
                                                    self->swedish, &self->name_fallback));
  /* A placeholder's "eperusteet:<id>" key is no code anyone would recognise. */
  if (unit->koodi_arvo != NULL)
    self->code = g_strdup (unit->koodi_arvo);
  else if (unit->koodi_uri != NULL && !g_str_has_prefix (unit->koodi_uri, "eperusteet:"))
    self->code = g_strdup (unit->koodi_uri);
  self->koodi_uri = g_strdup (unit->koodi_uri);
  self->kind = g_strdup (unit->kind);
  self->tyyppi = g_strdup (unit->tyyppi);
  self->has_credits = unit->has_credits;
  self->credits_min = unit->credits_min;
  self->credits_max = unit->credits_max;
  self->credits_in_weeks = g_strcmp0 (unit->laajuus_yksikko, "VIIKKO") == 0 ||
                           g_strcmp0 (unit->kind, "koulutuksen_osa") == 0;
  self->mandatory = unit->mandatory;
  self->peruste_name = g_strdup (polku_catalogue_text_pick (unit->peruste_nimi_fi, unit->peruste_nimi_sv,
                                                            NULL, self->swedish, NULL));
  self->diaarinumero = g_strdup (unit->diaarinumero);
  self->koulutustyyppi = g_strdup (unit->koulutustyyppi);
  /* A description only in the other language is noise (some are stray headings). */
  self->description = g_strdup (polku_catalogue_text_pick (unit->kuvaus_fi, self->swedish ? unit->kuvaus_sv : NULL,
                                                           NULL, self->swedish, NULL));
  self->ways = g_strdup (polku_catalogue_text_pick (unit->osoittamistavat_fi, unit->osoittamistavat_sv,
                                                    NULL, self->swedish, &self->ways_fallback));
  self->generic_scale_name = g_strdup (polku_catalogue_text_pick (unit->generic_scale_nimi_fi,
                                                                  unit->generic_scale_nimi_sv,
                                                                  NULL, self->swedish, NULL));
  self->scale_id = unit->scale_id;
  self->embedded = unit->embedded;
  self->retired = unit->retired;

  for (guint i = 0; i < osa_alueet->len; i++)
    {
      PolkuOsaAlueRecord *record = g_ptr_array_index (osa_alueet, i);
      OsaAlue osa_alue = { { 0 } };

      osa_alue.name = g_strdup (polku_catalogue_text_pick (record->nimi_fi, record->nimi_sv, record->nimi_en,
                                                           self->swedish, &osa_alue.public.name_fallback));
      osa_alue.koodi_uri = g_strdup (record->koodi_uri);
      osa_alue.public.osa_alue_id = record->osa_alue_id;
      osa_alue.public.mandatory_credits = record->pakollinen_laajuus;
      osa_alue.public.optional_credits = record->valinnainen_laajuus;
      osa_alue.public.name = osa_alue.name;
      osa_alue.public.koodi_uri = osa_alue.koodi_uri;
      g_array_append_val (self->osa_alueet, osa_alue);
    }

  for (guint i = 0; i < requirements->len; i++)
    {
      g_autoptr(PolkuRequirement) requirement = NULL;

      requirement = polku_requirement_new_from_record (g_ptr_array_index (requirements, i), self->swedish);
      g_list_store_append (self->requirements, requirement);
    }

  for (guint i = 0; i < criteria->len; i++)
    {
      g_autoptr(PolkuCriterion) criterion = NULL;

      criterion = polku_criterion_new_from_record (g_ptr_array_index (criteria, i), self->swedish);
      g_list_store_append (self->criteria, criterion);
    }

  return load_levels (self, store, error);
}

/* GObject overrides */

static void
polku_unit_finalize (GObject *object)
{
  PolkuUnit *self = (PolkuUnit *)object;

  g_free (self->name);
  g_free (self->code);
  g_free (self->koodi_uri);
  g_free (self->kind);
  g_free (self->tyyppi);
  g_free (self->peruste_name);
  g_free (self->diaarinumero);
  g_free (self->koulutustyyppi);
  g_free (self->description);
  g_free (self->ways);
  g_free (self->generic_scale_name);
  g_clear_object (&self->requirements);
  g_clear_object (&self->criteria);
  g_clear_pointer (&self->osa_alueet, g_array_unref);
  g_clear_pointer (&self->levels, g_array_unref);

  G_OBJECT_CLASS (polku_unit_parent_class)->finalize (object);
}

static void
polku_unit_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PolkuUnit *self = POLKU_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_PERUSTE_NAME:
      g_value_set_string (value, self->peruste_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_unit_class_init (PolkuUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_unit_finalize;
  object_class->get_property = polku_unit_get_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_PERUSTE_NAME] =
    g_param_spec_string ("peruste-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_unit_init (PolkuUnit *self)
{
  self->requirements = g_list_store_new (POLKU_TYPE_REQUIREMENT);
  self->criteria = g_list_store_new (POLKU_TYPE_CRITERION);
  self->osa_alueet = g_array_new (FALSE, TRUE, sizeof (OsaAlue));
  g_array_set_clear_func (self->osa_alueet, osa_alue_clear);
  self->levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_array_set_clear_func (self->levels, level_clear);
}

/* Public API */

/**
 * polku_unit_load:
 * @context: where the catalogue is, and whether to show Swedish texts
 * @unit_id: the unit
 *
 * Reads the unit with its requirements and criteria. The object is a snapshot:
 * reload it when the catalogue or the `show-swedish` setting changes.
 *
 * Returns: (transfer full): the unit, or %NULL with @error set
 */
PolkuUnit *
polku_unit_load (PolkuContext  *context,
                 gint64         unit_id,
                 GError       **error)
{
  g_autoptr(PolkuUnit) self = NULL;

  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (POLKU_TYPE_UNIT, NULL);
  self->swedish = g_settings_get_boolean (polku_context_get_settings (context), "show-swedish");

  if (!load (self, polku_context_get_store (context), unit_id, error))
    return NULL;

  return g_steal_pointer (&self);
}

gint64
polku_unit_get_id (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), 0);
  return self->id;
}

gint64
polku_unit_get_peruste_id (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), 0);
  return self->peruste_id;
}

gboolean
polku_unit_get_swedish (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), FALSE);
  return self->swedish;
}

/**
 * polku_unit_get_name:
 *
 * Returns: (nullable): the name; a placeholder unit that the document only
 *   refers to has none
 */
const char *
polku_unit_get_name (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->name;
}

gboolean
polku_unit_get_name_fallback (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), FALSE);
  return self->name_fallback;
}

/**
 * polku_unit_get_code:
 *
 * Returns: (nullable): the code's value ("106945"), or the whole code when it
 *   has no value; %NULL for a unit the document does not include
 */
const char *
polku_unit_get_code (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->code;
}

const char *
polku_unit_get_koodi_uri (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->koodi_uri;
}

/**
 * polku_unit_is_common:
 *
 * Returns: whether this is a common unit (yhteinen tutkinnon osa) made of osa-alueet
 */
gboolean
polku_unit_is_common (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), FALSE);

  return self->osa_alueet->len > 0 ||
         g_strcmp0 (self->tyyppi, "tutke2") == 0 ||
         g_strcmp0 (self->tyyppi, "reformi_tutke2") == 0;
}

/**
 * polku_unit_is_preparatory_part:
 *
 * Returns: whether this is a part of preparatory education (TUVA koulutuksen osa)
 */
gboolean
polku_unit_is_preparatory_part (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), FALSE);
  return g_strcmp0 (self->kind, "koulutuksen_osa") == 0;
}

const char *
polku_unit_get_tyyppi (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->tyyppi;
}

/**
 * polku_unit_get_credits:
 * @out_min: (out) (optional): the least credits (or weeks) across study forms
 * @out_max: (out) (optional): the most
 *
 * Returns: whether the document gives the unit's extent
 */
gboolean
polku_unit_get_credits (PolkuUnit *self,
                        double    *out_min,
                        double    *out_max)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), FALSE);

  if (out_min != NULL)
    *out_min = self->credits_min;
  if (out_max != NULL)
    *out_max = self->credits_max;
  return self->has_credits;
}

gboolean
polku_unit_get_credits_in_weeks (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), FALSE);
  return self->credits_in_weeks;
}

PolkuUnitMandatory
polku_unit_get_mandatory (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), POLKU_UNIT_MANDATORY_UNKNOWN);
  return self->mandatory;
}

const char *
polku_unit_get_peruste_name (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->peruste_name;
}

const char *
polku_unit_get_diaarinumero (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->diaarinumero;
}

const char *
polku_unit_get_koulutustyyppi (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->koulutustyyppi;
}

const char *
polku_unit_get_description (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->description;
}

/**
 * polku_unit_get_ways_of_demonstrating:
 *
 * Returns: (nullable): how the competence is demonstrated (ammattitaidon
 *   osoittamistavat), as plain text
 */
const char *
polku_unit_get_ways_of_demonstrating (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->ways;
}

gboolean
polku_unit_get_ways_fallback (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), FALSE);
  return self->ways_fallback;
}

const char *
polku_unit_get_generic_scale_name (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return self->generic_scale_name;
}

int
polku_unit_get_scale_id (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), 0);
  return self->scale_id;
}

/**
 * polku_unit_get_embedded:
 *
 * Returns: %FALSE for a unit the peruste refers to without including it
 */
gboolean
polku_unit_get_embedded (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), FALSE);
  return self->embedded;
}

gboolean
polku_unit_get_retired (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), FALSE);
  return self->retired;
}

/**
 * polku_unit_get_requirements:
 *
 * Returns: (transfer none): a #GListModel of #PolkuRequirement, in document
 *   order; see polku_requirement_same_group() for the headings
 */
GListModel *
polku_unit_get_requirements (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return G_LIST_MODEL (self->requirements);
}

/**
 * polku_unit_get_criteria:
 *
 * Returns: (transfer none): a #GListModel of #PolkuCriterion, sorted by level,
 *   then osa-alue, area, target
 */
GListModel *
polku_unit_get_criteria (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  return G_LIST_MODEL (self->criteria);
}

guint
polku_unit_get_n_osa_alueet (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), 0);
  return self->osa_alueet->len;
}

const PolkuUnitOsaAlue *
polku_unit_get_osa_alue (PolkuUnit *self,
                         guint      index)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  g_return_val_if_fail (index < self->osa_alueet->len, NULL);

  return &g_array_index (self->osa_alueet, OsaAlue, index).public;
}

/**
 * polku_unit_find_osa_alue:
 *
 * Returns: (nullable): the osa-alue, or %NULL when the unit has no such
 */
const PolkuUnitOsaAlue *
polku_unit_find_osa_alue (PolkuUnit *self,
                          gint64     osa_alue_id)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);

  for (guint i = 0; i < self->osa_alueet->len; i++)
    {
      OsaAlue *osa_alue = &g_array_index (self->osa_alueet, OsaAlue, i);

      if (osa_alue->public.osa_alue_id == osa_alue_id)
        return &osa_alue->public;
    }

  return NULL;
}

/**
 * polku_unit_get_n_levels:
 *
 * Returns: the number of scale levels that have criteria for this unit
 */
guint
polku_unit_get_n_levels (PolkuUnit *self)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), 0);
  return self->levels->len;
}

const PolkuUnitLevel *
polku_unit_get_level (PolkuUnit *self,
                      guint      index)
{
  g_return_val_if_fail (POLKU_IS_UNIT (self), NULL);
  g_return_val_if_fail (index < self->levels->len, NULL);

  return &g_array_index (self->levels, Level, index).public;
}

/**
 * polku_unit_find_requirement:
 *
 * Returns: the requirement's position in polku_unit_get_requirements(), or -1
 */
int
polku_unit_find_requirement (PolkuUnit *self,
                             gint64     requirement_id)
{
  guint n;

  g_return_val_if_fail (POLKU_IS_UNIT (self), -1);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->requirements));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuRequirement) requirement = g_list_model_get_item (G_LIST_MODEL (self->requirements), i);

      if (polku_requirement_get_id (requirement) == requirement_id)
        return (int) i;
    }

  return -1;
}
