/* polku-peruste.c: one qualification (peruste) of the catalogue, as the list
 * and the peruste page show it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-peruste"

#include "config.h"

#include <string.h>

#include "polku-catalogue-text.h"
#include "polku-peruste.h"

struct _PolkuPeruste
{
  GObject          parent_instance;

  /* Owned */
  char            *diaarinumero;
  char            *name_fi;
  char            *name_sv;
  char            *koulutustyyppi;
  char            *kind_label;
  char            *valid_from;
  char            *valid_until;
  char            *transition_until;
  char            *validity_text;
  char            *language;

  gint64           id;
  guint            n_units;
  PolkuCreditUnit  credit_unit;
  gboolean         expired;
};

G_DEFINE_FINAL_TYPE (PolkuPeruste, polku_peruste, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DIAARINUMERO,
  PROP_NAME,
  PROP_NAME_FI,
  PROP_NAME_SV,
  PROP_KOULUTUSTYYPPI,
  PROP_KIND_LABEL,
  PROP_VALID_FROM,
  PROP_VALID_UNTIL,
  PROP_TRANSITION_UNTIL,
  PROP_VALIDITY_TEXT,
  PROP_EXPIRED,
  PROP_N_UNITS,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* GObject overrides */

static void
polku_peruste_finalize (GObject *object)
{
  PolkuPeruste *self = (PolkuPeruste *)object;

  g_free (self->diaarinumero);
  g_free (self->name_fi);
  g_free (self->name_sv);
  g_free (self->koulutustyyppi);
  g_free (self->kind_label);
  g_free (self->valid_from);
  g_free (self->valid_until);
  g_free (self->transition_until);
  g_free (self->validity_text);
  g_free (self->language);

  G_OBJECT_CLASS (polku_peruste_parent_class)->finalize (object);
}

static void
polku_peruste_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PolkuPeruste *self = POLKU_PERUSTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_DIAARINUMERO:
      g_value_set_string (value, self->diaarinumero);
      break;

    case PROP_NAME:
      g_value_set_string (value, polku_peruste_get_name (self));
      break;

    case PROP_NAME_FI:
      g_value_set_string (value, self->name_fi);
      break;

    case PROP_NAME_SV:
      g_value_set_string (value, self->name_sv);
      break;

    case PROP_KOULUTUSTYYPPI:
      g_value_set_string (value, self->koulutustyyppi);
      break;

    case PROP_KIND_LABEL:
      g_value_set_string (value, self->kind_label);
      break;

    case PROP_VALID_FROM:
      g_value_set_string (value, self->valid_from);
      break;

    case PROP_VALID_UNTIL:
      g_value_set_string (value, self->valid_until);
      break;

    case PROP_TRANSITION_UNTIL:
      g_value_set_string (value, self->transition_until);
      break;

    case PROP_VALIDITY_TEXT:
      g_value_set_string (value, self->validity_text);
      break;

    case PROP_EXPIRED:
      g_value_set_boolean (value, self->expired);
      break;

    case PROP_N_UNITS:
      g_value_set_uint (value, self->n_units);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PolkuPeruste *self = POLKU_PERUSTE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_peruste_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_class_init (PolkuPerusteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_peruste_finalize;
  object_class->get_property = polku_peruste_get_property;
  object_class->set_property = polku_peruste_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_DIAARINUMERO] =
    g_param_spec_string ("diaarinumero", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuPeruste:name:
   *
   * The name in #PolkuPeruste:language, falling back to Finnish.
   */
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME_FI] =
    g_param_spec_string ("name-fi", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME_SV] =
    g_param_spec_string ("name-sv", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_KOULUTUSTYYPPI] =
    g_param_spec_string ("koulutustyyppi", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_VALID_FROM] =
    g_param_spec_string ("valid-from", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_VALID_UNTIL] =
    g_param_spec_string ("valid-until", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_TRANSITION_UNTIL] =
    g_param_spec_string ("transition-until", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_VALIDITY_TEXT] =
    g_param_spec_string ("validity-text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuPeruste:expired:
   *
   * Whether the peruste's validity (and its transition period) ended before today.
   */
  properties [PROP_EXPIRED] =
    g_param_spec_boolean ("expired", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_UNITS] =
    g_param_spec_uint ("n-units", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuPeruste:language:
   *
   * "fi" or "sv": which texts #PolkuPeruste:name shows.
   */
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_peruste_init (PolkuPeruste *self)
{
  self->language = g_strdup ("fi");
}

/* Public API */

/**
 * polku_peruste_new:
 * @language: (nullable): "fi" or "sv"
 */
PolkuPeruste *
polku_peruste_new (const PolkuPerusteRecord *record,
                   const char               *language)
{
  g_autofree char *today = polku_catalogue_today ();
  PolkuPeruste *self;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_PERUSTE, NULL);
  self->id = record->peruste_id;
  self->diaarinumero = g_strdup (record->diaarinumero);
  self->name_fi = g_strdup (record->nimi_fi);
  self->name_sv = g_strdup (record->nimi_sv);
  self->koulutustyyppi = g_strdup (record->koulutustyyppi);
  self->kind_label = polku_catalogue_kind_label (record->koulutustyyppi, record->tyyppi);
  self->valid_from = g_strdup (record->voimassaolo_alkaa);
  self->valid_until = g_strdup (record->voimassaolo_loppuu);
  self->transition_until = g_strdup (record->siirtyma_paattyy);
  self->validity_text = polku_catalogue_format_validity (record->voimassaolo_alkaa,
                                                         record->voimassaolo_loppuu,
                                                         record->siirtyma_paattyy);
  self->n_units = record->n_units;
  self->credit_unit = polku_credit_unit_from_string (record->laajuus_yksikko);
  self->expired = polku_peruste_is_expired_on (self, today);

  polku_peruste_set_language (self, language != NULL ? language : "fi");

  return self;
}

gint64
polku_peruste_get_id (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), 0);

  return self->id;
}

const char *
polku_peruste_get_diaarinumero (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->diaarinumero;
}

/**
 * polku_peruste_get_name:
 *
 * Returns: the name in the peruste's language, else in Finnish, else its diaarinumero
 */
const char *
polku_peruste_get_name (PolkuPeruste *self)
{
  const char *name;

  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  name = polku_catalogue_text_pick (self->name_fi, self->name_sv, NULL,
                                    g_strcmp0 (self->language, "sv") == 0, NULL);
  return name != NULL ? name : self->diaarinumero;
}

const char *
polku_peruste_get_name_fi (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->name_fi;
}

const char *
polku_peruste_get_name_sv (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->name_sv;
}

const char *
polku_peruste_get_koulutustyyppi (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->koulutustyyppi;
}

const char *
polku_peruste_get_kind_label (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->kind_label;
}

const char *
polku_peruste_get_valid_from (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->valid_from;
}

const char *
polku_peruste_get_valid_until (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->valid_until;
}

const char *
polku_peruste_get_transition_until (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->transition_until;
}

/**
 * polku_peruste_get_validity_text:
 *
 * Returns: (nullable): e.g. "Valid from 1.8.2022", or %NULL without dates
 */
const char *
polku_peruste_get_validity_text (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->validity_text;
}

gboolean
polku_peruste_get_expired (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), FALSE);

  return self->expired;
}

/**
 * polku_peruste_is_expired_on:
 * @iso_date: "YYYY-MM-DD"
 *
 * A peruste has expired when its validity ended before @iso_date and so did
 * its transition period, if it has one: during the transition period students
 * who began under it can still complete it.
 */
gboolean
polku_peruste_is_expired_on (PolkuPeruste *self,
                             const char   *iso_date)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), FALSE);
  g_return_val_if_fail (iso_date != NULL, FALSE);

  if (self->transition_until != NULL)
    return strcmp (self->transition_until, iso_date) < 0;
  if (self->valid_until != NULL)
    return strcmp (self->valid_until, iso_date) < 0;
  return FALSE;
}

guint
polku_peruste_get_n_units (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), 0);

  return self->n_units;
}

PolkuCreditUnit
polku_peruste_get_credit_unit (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), POLKU_CREDIT_UNIT_POINTS);

  return self->credit_unit;
}

const char *
polku_peruste_get_language (PolkuPeruste *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE (self), NULL);

  return self->language;
}

/**
 * polku_peruste_set_language:
 * @language: "fi" or "sv"
 */
void
polku_peruste_set_language (PolkuPeruste *self,
                            const char   *language)
{
  g_autofree char *old_name = NULL;

  g_return_if_fail (POLKU_IS_PERUSTE (self));
  g_return_if_fail (language != NULL);

  if (g_strcmp0 (self->language, language) == 0)
    return;

  old_name = g_strdup (polku_peruste_get_name (self));
  g_free (self->language);
  self->language = g_strdup (language);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
  if (g_strcmp0 (old_name, polku_peruste_get_name (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}
