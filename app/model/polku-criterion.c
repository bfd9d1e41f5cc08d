/* polku-criterion.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-criterion"

#include "config.h"

#include "polku-catalogue-text.h"
#include "polku-criterion.h"

struct _PolkuCriterion
{
  GObject              parent_instance;

  gint64               id;
  PolkuCriterionOwner  owner;
  gint64               osa_alue_id;
  int                  level_id;
  int                  area_ord;
  char                *area;
  int                  target_ord;
  char                *target;
  char                *text;
  gboolean             text_fallback;
};

G_DEFINE_FINAL_TYPE (PolkuCriterion, polku_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LEVEL_ID,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* GObject overrides */

static void
polku_criterion_finalize (GObject *object)
{
  PolkuCriterion *self = (PolkuCriterion *)object;

  g_free (self->area);
  g_free (self->target);
  g_free (self->text);

  G_OBJECT_CLASS (polku_criterion_parent_class)->finalize (object);
}

static void
polku_criterion_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PolkuCriterion *self = POLKU_CRITERION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_LEVEL_ID:
      g_value_set_int (value, self->level_id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_criterion_class_init (PolkuCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_criterion_finalize;
  object_class->get_property = polku_criterion_get_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_LEVEL_ID] =
    g_param_spec_int ("level-id", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_criterion_init (PolkuCriterion *self)
{
}

/* Public API */

PolkuCriterion *
polku_criterion_new_from_record (const PolkuCriterionRecord *record,
                                 gboolean                    swedish)
{
  PolkuCriterion *self;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_CRITERION, NULL);
  self->id = record->criterion_id;
  if (g_strcmp0 (record->owner, "generic") == 0)
    self->owner = POLKU_CRITERION_GENERIC;
  else if (g_strcmp0 (record->owner, "osa_alue") == 0)
    self->owner = POLKU_CRITERION_OSA_ALUE;
  else
    self->owner = POLKU_CRITERION_UNIT;
  self->osa_alue_id = record->osa_alue_id;
  self->level_id = record->level_id;
  self->area_ord = record->area_ord;
  self->area = g_strdup (polku_catalogue_text_pick (record->area_fi, record->area_sv, NULL, swedish, NULL));
  self->target_ord = record->target_ord;
  self->target = g_strdup (polku_catalogue_text_pick (record->target_fi, record->target_sv, NULL, swedish, NULL));
  self->text = g_strdup (polku_catalogue_text_pick (record->text_fi, record->text_sv, record->text_en,
                                                    swedish, &self->text_fallback));

  return self;
}

gint64
polku_criterion_get_id (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), 0);
  return self->id;
}

PolkuCriterionOwner
polku_criterion_get_owner (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), POLKU_CRITERION_UNIT);
  return self->owner;
}

gint64
polku_criterion_get_osa_alue_id (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), 0);
  return self->osa_alue_id;
}

int
polku_criterion_get_level_id (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), 0);
  return self->level_id;
}

int
polku_criterion_get_area_ord (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), -1);
  return self->area_ord;
}

/**
 * polku_criterion_get_area:
 *
 * Returns: (nullable): the assessment area (arvioinnin kohdealue)
 */
const char *
polku_criterion_get_area (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), NULL);
  return self->area;
}

int
polku_criterion_get_target_ord (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), -1);
  return self->target_ord;
}

/**
 * polku_criterion_get_target:
 *
 * Returns: (nullable): the assessment target (arvioinnin kohde)
 */
const char *
polku_criterion_get_target (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), NULL);
  return self->target;
}

const char *
polku_criterion_get_text (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), NULL);
  return self->text;
}

gboolean
polku_criterion_get_text_fallback (PolkuCriterion *self)
{
  g_return_val_if_fail (POLKU_IS_CRITERION (self), FALSE);
  return self->text_fallback;
}
