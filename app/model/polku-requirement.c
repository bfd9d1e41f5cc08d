/* polku-requirement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-requirement"

#include "config.h"

#include "polku-catalogue-text.h"
#include "polku-requirement.h"

struct _PolkuRequirement
{
  GObject             parent_instance;

  gint64              id;
  gint64              unit_id;
  gint64              osa_alue_id;
  PolkuObjectiveKind  objective_kind;
  char               *text;
  gboolean            text_fallback;
  char               *kohdealue;
  int                 kohdealue_ord;
  char               *code;
  char               *koodi_uri;
  int                 depth;
};

G_DEFINE_FINAL_TYPE (PolkuRequirement, polku_requirement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_KOHDEALUE,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* GObject overrides */

static void
polku_requirement_finalize (GObject *object)
{
  PolkuRequirement *self = (PolkuRequirement *)object;

  g_free (self->text);
  g_free (self->kohdealue);
  g_free (self->code);
  g_free (self->koodi_uri);

  G_OBJECT_CLASS (polku_requirement_parent_class)->finalize (object);
}

static void
polku_requirement_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PolkuRequirement *self = POLKU_REQUIREMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_KOHDEALUE:
      g_value_set_string (value, self->kohdealue);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_requirement_class_init (PolkuRequirementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_requirement_finalize;
  object_class->get_property = polku_requirement_get_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_KOHDEALUE] =
    g_param_spec_string ("kohdealue", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_requirement_init (PolkuRequirement *self)
{
}

/* Public API */

PolkuRequirement *
polku_requirement_new_from_record (const PolkuRequirementRecord *record,
                                   gboolean                      swedish)
{
  PolkuRequirement *self;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_REQUIREMENT, NULL);
  self->id = record->requirement_id;
  self->unit_id = record->unit_id;
  self->osa_alue_id = record->osa_alue_id;
  if (g_strcmp0 (record->objective_kind, "pakollinen") == 0)
    self->objective_kind = POLKU_OBJECTIVE_MANDATORY;
  else if (g_strcmp0 (record->objective_kind, "valinnainen") == 0)
    self->objective_kind = POLKU_OBJECTIVE_OPTIONAL;
  self->text = g_strdup (polku_catalogue_text_pick (record->text_fi, record->text_sv, record->text_en,
                                                    swedish, &self->text_fallback));
  /* A heading follows the requirement's language, so that a group never mixes. */
  self->kohdealue = g_strdup (polku_catalogue_text_pick (record->kohdealue_fi, record->kohdealue_sv,
                                                         record->kohdealue_en, swedish, NULL));
  self->kohdealue_ord = record->kohdealue_ord;
  self->code = g_strdup (record->koodi_arvo);
  self->koodi_uri = g_strdup (record->koodi_uri);
  self->depth = record->depth;

  return self;
}

gint64
polku_requirement_get_id (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), 0);
  return self->id;
}

gint64
polku_requirement_get_unit_id (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), 0);
  return self->unit_id;
}

gint64
polku_requirement_get_osa_alue_id (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), 0);
  return self->osa_alue_id;
}

PolkuObjectiveKind
polku_requirement_get_objective_kind (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), POLKU_OBJECTIVE_NONE);
  return self->objective_kind;
}

/**
 * polku_requirement_get_text:
 *
 * Returns: the text in the chosen language, or in another one when
 *   polku_requirement_get_text_fallback() says so
 */
const char *
polku_requirement_get_text (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), NULL);
  return self->text;
}

gboolean
polku_requirement_get_text_fallback (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), FALSE);
  return self->text_fallback;
}

/**
 * polku_requirement_get_kohdealue:
 *
 * Returns: (nullable): the heading the requirement sits under
 */
const char *
polku_requirement_get_kohdealue (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), NULL);
  return self->kohdealue;
}

int
polku_requirement_get_kohdealue_ord (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), 0);
  return self->kohdealue_ord;
}

/**
 * polku_requirement_get_code:
 *
 * Returns: (nullable): the national code's value ("8005"), when there is one
 */
const char *
polku_requirement_get_code (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), NULL);
  return self->code;
}

const char *
polku_requirement_get_koodi_uri (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), NULL);
  return self->koodi_uri;
}

int
polku_requirement_get_depth (PolkuRequirement *self)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), 0);
  return self->depth;
}

/**
 * polku_requirement_same_group:
 *
 * Returns: whether @other belongs under the same headings as @self (the same
 *   osa-alue, objective kind and kohdealue), so that a list starts a new group
 *   only where this is %FALSE
 */
gboolean
polku_requirement_same_group (PolkuRequirement *self,
                              PolkuRequirement *other)
{
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (self), FALSE);
  g_return_val_if_fail (POLKU_IS_REQUIREMENT (other), FALSE);

  return self->osa_alue_id == other->osa_alue_id &&
         self->objective_kind == other->objective_kind &&
         self->kohdealue_ord == other->kohdealue_ord &&
         g_strcmp0 (self->kohdealue, other->kohdealue) == 0;
}
