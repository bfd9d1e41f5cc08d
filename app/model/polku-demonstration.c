/* polku-demonstration.c: a skills demonstration (näyttö), mirroring its row
 * and its units, assessors, individual criteria and discussion participants.
 *
 * Properties are read-only; each setter saves at once and refreshes the
 * object, or fails with a #GError and leaves it as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-demonstration"

#include "config.h"

#include "polku-catalogue-format.h"
#include "polku-learner-model-private.h"
#include "polku-model-record-private.h"
#include "polku-model-snapshot-private.h"

struct _PolkuDemonstration
{
  GObject                   parent_instance;

  /* Owned */
  PolkuStore               *store;
  PolkuDemonstrationRecord *record;
  char                     *units_text;
  char                     *language;
};

G_DEFINE_FINAL_TYPE (PolkuDemonstration, polku_demonstration, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LEARNER_ID,
  PROP_STATE,
  PROP_STATE_LABEL,
  PROP_PROVIDER_ID,
  PROP_PROVIDER_NAME,
  PROP_WORKSHOP_ID,
  PROP_WORKSHOP_NAME,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_ENVIRONMENT_NAME,
  PROP_ENVIRONMENT_BUSINESS_ID,
  PROP_ENVIRONMENT_DESCRIPTION,
  PROP_CONTENT,
  PROP_PLACE,
  PROP_DEVIATIONS,
  PROP_ASSESSMENT_DISCUSSION_ON,
  PROP_NOTES,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_N_UNITS,
  PROP_UNITS_TEXT,
  PROP_N_ASSESSORS,
  PROP_N_CRITERIA,
  PROP_N_PARTICIPANTS,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
derive (PolkuDemonstration *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->record->units->len; i++)
    {
      PolkuDemonstrationUnitRecord *unit = g_ptr_array_index (self->record->units, i);
      const char *name = polku_catalogue_pick_text (unit->nimi_fi, unit->nimi_sv, self->language);
      const char *osa_alue = polku_catalogue_pick_text (unit->osa_alue_nimi_fi, unit->osa_alue_nimi_sv,
                                                        self->language);

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, name != NULL ? name : unit->koodi_uri);
      if (osa_alue != NULL)
        g_string_append_printf (text, ": %s", osa_alue);
    }

  g_free (self->units_text);
  self->units_text = g_string_free (text, FALSE);
}

static void
replace_record (PolkuDemonstration             *self,
                const PolkuDemonstrationRecord *record)
{
  PolkuSnapshot *snapshot = _polku_snapshot_take (G_OBJECT (self), properties, N_PROPS);

  g_clear_pointer (&self->record, polku_demonstration_record_free);
  self->record = polku_demonstration_record_copy (record);
  derive (self);
  _polku_snapshot_notify (snapshot);
}

static gboolean
save (PolkuDemonstration        *self,
      PolkuDemonstrationRecord  *changed,
      GError                   **error)
{
  if (!polku_store_update_demonstration (self->store, changed, error))
    return FALSE;

  return polku_demonstration_refresh (self, error);
}

static gboolean
set_text (PolkuDemonstration  *self,
          gsize                offset,
          const char          *value,
          GError             **error)
{
  g_autoptr(PolkuDemonstrationRecord) changed = polku_demonstration_record_copy (self->record);
  char **member = _polku_record_string_member (changed, offset);

  _polku_set_string (member, value);
  return save (self, changed, error);
}

/* GObject overrides */

static void
polku_demonstration_finalize (GObject *object)
{
  PolkuDemonstration *self = (PolkuDemonstration *)object;

  g_clear_pointer (&self->record, polku_demonstration_record_free);
  g_clear_object (&self->store);
  g_free (self->units_text);
  g_free (self->language);

  G_OBJECT_CLASS (polku_demonstration_parent_class)->finalize (object);
}

static void
polku_demonstration_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PolkuDemonstration *self = POLKU_DEMONSTRATION (object);
  const PolkuDemonstrationRecord *r = self->record;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, r->demonstration_id);
      break;
    case PROP_LEARNER_ID:
      g_value_set_int64 (value, r->learner_id);
      break;
    case PROP_STATE:
      g_value_set_enum (value, r->state);
      break;
    case PROP_STATE_LABEL:
      g_value_set_string (value, polku_demonstration_state_get_label (r->state));
      break;
    case PROP_PROVIDER_ID:
      g_value_set_int64 (value, r->provider_id);
      break;
    case PROP_PROVIDER_NAME:
      g_value_set_string (value, r->provider_name);
      break;
    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, r->workshop_id);
      break;
    case PROP_WORKSHOP_NAME:
      g_value_set_string (value, r->workshop_name);
      break;
    case PROP_STARTS_ON:
      g_value_set_string (value, r->starts_on);
      break;
    case PROP_ENDS_ON:
      g_value_set_string (value, r->ends_on);
      break;
    case PROP_ENVIRONMENT_NAME:
      g_value_set_string (value, r->environment_name);
      break;
    case PROP_ENVIRONMENT_BUSINESS_ID:
      g_value_set_string (value, r->environment_business_id);
      break;
    case PROP_ENVIRONMENT_DESCRIPTION:
      g_value_set_string (value, r->environment_description);
      break;
    case PROP_CONTENT:
      g_value_set_string (value, r->content);
      break;
    case PROP_PLACE:
      g_value_set_string (value, r->place);
      break;
    case PROP_DEVIATIONS:
      g_value_set_string (value, r->deviations);
      break;
    case PROP_ASSESSMENT_DISCUSSION_ON:
      g_value_set_string (value, r->assessment_discussion_on);
      break;
    case PROP_NOTES:
      g_value_set_string (value, r->notes);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, r->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, r->updated_at);
      break;
    case PROP_N_UNITS:
      g_value_set_uint (value, r->units->len);
      break;
    case PROP_UNITS_TEXT:
      g_value_set_string (value, self->units_text);
      break;
    case PROP_N_ASSESSORS:
      g_value_set_uint (value, r->assessors->len);
      break;
    case PROP_N_CRITERIA:
      g_value_set_uint (value, r->criteria->len);
      break;
    case PROP_N_PARTICIPANTS:
      g_value_set_uint (value, r->participants->len);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_demonstration_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_demonstration_set_language (POLKU_DEMONSTRATION (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
polku_demonstration_class_init (PolkuDemonstrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_demonstration_finalize;
  object_class->get_property = polku_demonstration_get_property;
  object_class->set_property = polku_demonstration_set_property;

  properties [PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_LEARNER_ID] = g_param_spec_int64 ("learner-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, POLKU_TYPE_DEMONSTRATION_STATE, POLKU_DEMONSTRATION_PLANNED, RO);
  properties [PROP_STATE_LABEL] = g_param_spec_string ("state-label", NULL, NULL, NULL, RO);
  /* The education provider arranging it (järjestäjä) */
  properties [PROP_PROVIDER_ID] = g_param_spec_int64 ("provider-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_PROVIDER_NAME] = g_param_spec_string ("provider-name", NULL, NULL, NULL, RO);
  properties [PROP_WORKSHOP_ID] = g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_WORKSHOP_NAME] = g_param_spec_string ("workshop-name", NULL, NULL, NULL, RO);
  properties [PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, NULL, RO);
  properties [PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, NULL, RO);
  /* nayttoymparisto: name, business ID, description */
  properties [PROP_ENVIRONMENT_NAME] = g_param_spec_string ("environment-name", NULL, NULL, NULL, RO);
  properties [PROP_ENVIRONMENT_BUSINESS_ID] = g_param_spec_string ("environment-business-id", NULL, NULL, NULL, RO);
  properties [PROP_ENVIRONMENT_DESCRIPTION] = g_param_spec_string ("environment-description", NULL, NULL, NULL, RO);
  /* The work situations through which the requirements are shown, one per line */
  properties [PROP_CONTENT] = g_param_spec_string ("content", NULL, NULL, NULL, RO);
  /* koodi_uri of ammatillisennaytonsuorituspaikka, or NULL */
  properties [PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, RO);
  properties [PROP_DEVIATIONS] = g_param_spec_string ("deviations", NULL, NULL, NULL, RO);
  properties [PROP_ASSESSMENT_DISCUSSION_ON] =
    g_param_spec_string ("assessment-discussion-on", NULL, NULL, NULL, RO);
  properties [PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, RO);
  properties [PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, RO);
  properties [PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, RO);
  properties [PROP_N_UNITS] = g_param_spec_uint ("n-units", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* The units (and osa-alueet), "; " separated */
  properties [PROP_UNITS_TEXT] = g_param_spec_string ("units-text", NULL, NULL, NULL, RO);
  properties [PROP_N_ASSESSORS] = g_param_spec_uint ("n-assessors", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties [PROP_N_CRITERIA] = g_param_spec_uint ("n-criteria", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties [PROP_N_PARTICIPANTS] = g_param_spec_uint ("n-participants", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_demonstration_init (PolkuDemonstration *self)
{
  self->language = g_strdup ("fi");
}

/* Private API */

PolkuDemonstration *
_polku_demonstration_new (PolkuStore                     *store,
                          const PolkuDemonstrationRecord *record,
                          const char                     *language)
{
  PolkuDemonstration *self = g_object_new (POLKU_TYPE_DEMONSTRATION, NULL);

  self->store = g_object_ref (store);
  _polku_set_string (&self->language, language != NULL ? language : "fi");
  self->record = polku_demonstration_record_copy (record);
  derive (self);
  return self;
}

void
_polku_demonstration_update (PolkuDemonstration             *self,
                             const PolkuDemonstrationRecord *record)
{
  g_assert (POLKU_IS_DEMONSTRATION (self));
  g_assert (record->demonstration_id == self->record->demonstration_id);

  replace_record (self, record);
}

/* Public API */

/**
 * polku_demonstration_load:
 *
 * Returns: (transfer full): the demonstration, or %NULL with @error set
 */
PolkuDemonstration *
polku_demonstration_load (PolkuStore  *store,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(PolkuDemonstrationRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  record = polku_store_get_demonstration (store, id, error);
  if (record == NULL)
    return NULL;

  return _polku_demonstration_new (store, record, NULL);
}

gboolean
polku_demonstration_refresh (PolkuDemonstration  *self,
                             GError             **error)
{
  g_autoptr(PolkuDemonstrationRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  record = polku_store_get_demonstration (self->store, self->record->demonstration_id, error);
  if (record == NULL)
    return FALSE;

  replace_record (self, record);
  return TRUE;
}

PolkuStore *
polku_demonstration_get_store (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->store;
}

const PolkuDemonstrationRecord *
polku_demonstration_get_record (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->record;
}

gint64
polku_demonstration_get_id (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), 0);
  return self->record->demonstration_id;
}

gint64
polku_demonstration_get_learner_id (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), 0);
  return self->record->learner_id;
}

PolkuDemonstrationState
polku_demonstration_get_state (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), POLKU_DEMONSTRATION_PLANNED);
  return self->record->state;
}

const char *
polku_demonstration_get_starts_on (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->record->starts_on;
}

const char *
polku_demonstration_get_ends_on (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->record->ends_on;
}

const char *
polku_demonstration_get_environment_name (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->record->environment_name;
}

const char *
polku_demonstration_get_place (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->record->place;
}

const char *
polku_demonstration_get_units_text (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->units_text;
}

/**
 * polku_demonstration_get_units:
 *
 * Returns: (transfer none) (element-type PolkuDemonstrationUnitRecord)
 */
GPtrArray *
polku_demonstration_get_units (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->record->units;
}

/**
 * polku_demonstration_get_assessors:
 *
 * Returns: (transfer none) (element-type PolkuAssessorRecord): working-life
 *   assessors first, then the education provider's
 */
GPtrArray *
polku_demonstration_get_assessors (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->record->assessors;
}

/**
 * polku_demonstration_get_criteria:
 *
 * Returns: (transfer none) (element-type PolkuIndividualCriterionRecord)
 */
GPtrArray *
polku_demonstration_get_criteria (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->record->criteria;
}

/**
 * polku_demonstration_get_participants:
 *
 * Returns: (transfer none) (element-type utf8): codes of who took part in
 *   the assessment discussion
 */
GPtrArray *
polku_demonstration_get_participants (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->record->participants;
}

const char *
polku_demonstration_get_language (PolkuDemonstration *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), NULL);
  return self->language;
}

void
polku_demonstration_set_language (PolkuDemonstration *self,
                                  const char         *language)
{
  PolkuSnapshot *snapshot;

  g_return_if_fail (POLKU_IS_DEMONSTRATION (self));

  snapshot = _polku_snapshot_take (G_OBJECT (self), properties, N_PROPS);
  _polku_set_string (&self->language, language != NULL ? language : "fi");
  derive (self);
  _polku_snapshot_notify (snapshot);
}

gboolean
polku_demonstration_set_state (PolkuDemonstration       *self,
                               PolkuDemonstrationState   state,
                               GError                  **error)
{
  g_autoptr(PolkuDemonstrationRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  changed = polku_demonstration_record_copy (self->record);
  changed->state = state;
  return save (self, changed, error);
}

gboolean
polku_demonstration_set_dates (PolkuDemonstration  *self,
                               const char          *starts_on,
                               const char          *ends_on,
                               GError             **error)
{
  g_autoptr(PolkuDemonstrationRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  changed = polku_demonstration_record_copy (self->record);
  _polku_set_string (&changed->starts_on, starts_on);
  _polku_set_string (&changed->ends_on, ends_on);
  return save (self, changed, error);
}

/**
 * polku_demonstration_set_environment:
 * @business_id: (nullable): a Y-tunnus, checked
 *
 * Saves the demonstration environment (näyttöympäristö).
 */
gboolean
polku_demonstration_set_environment (PolkuDemonstration  *self,
                                     const char          *name,
                                     const char          *business_id,
                                     const char          *description,
                                     GError             **error)
{
  g_autoptr(PolkuDemonstrationRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  changed = polku_demonstration_record_copy (self->record);
  _polku_set_string (&changed->environment_name, name);
  _polku_set_string (&changed->environment_business_id, business_id);
  _polku_set_string (&changed->environment_description, description);
  return save (self, changed, error);
}

gboolean
polku_demonstration_set_content (PolkuDemonstration  *self,
                                 const char          *content,
                                 GError             **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);
  return set_text (self, G_STRUCT_OFFSET (PolkuDemonstrationRecord, content), content, error);
}

/**
 * polku_demonstration_set_place:
 * @koodi_uri: (nullable): a code of ammatillisennaytonsuorituspaikka
 */
gboolean
polku_demonstration_set_place (PolkuDemonstration  *self,
                               const char          *koodi_uri,
                               GError             **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);
  return set_text (self, G_STRUCT_OFFSET (PolkuDemonstrationRecord, place), koodi_uri, error);
}

gboolean
polku_demonstration_set_deviations (PolkuDemonstration  *self,
                                    const char          *deviations,
                                    GError             **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);
  return set_text (self, G_STRUCT_OFFSET (PolkuDemonstrationRecord, deviations), deviations, error);
}

gboolean
polku_demonstration_set_assessment_discussion_on (PolkuDemonstration  *self,
                                                  const char          *date,
                                                  GError             **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);
  return set_text (self, G_STRUCT_OFFSET (PolkuDemonstrationRecord, assessment_discussion_on), date, error);
}

gboolean
polku_demonstration_set_notes (PolkuDemonstration  *self,
                               const char          *notes,
                               GError             **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);
  return set_text (self, G_STRUCT_OFFSET (PolkuDemonstrationRecord, notes), notes, error);
}

gboolean
polku_demonstration_set_provider_id (PolkuDemonstration  *self,
                                     gint64               provider_id,
                                     GError             **error)
{
  g_autoptr(PolkuDemonstrationRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  changed = polku_demonstration_record_copy (self->record);
  changed->provider_id = provider_id;
  return save (self, changed, error);
}

gboolean
polku_demonstration_set_workshop_id (PolkuDemonstration  *self,
                                     gint64               workshop_id,
                                     GError             **error)
{
  g_autoptr(PolkuDemonstrationRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  changed = polku_demonstration_record_copy (self->record);
  changed->workshop_id = workshop_id;
  return save (self, changed, error);
}

/**
 * polku_demonstration_set_unit:
 * @osa_alue_id: an osa-alue of a common unit, or 0 for the whole unit
 * @level_id: the grade on the unit's scale when passed, else 0
 *
 * Adds the unit to the demonstration, or records its outcome.
 */
gboolean
polku_demonstration_set_unit (PolkuDemonstration         *self,
                              gint64                      unit_id,
                              gint64                      osa_alue_id,
                              PolkuDemonstrationOutcome   outcome,
                              int                         level_id,
                              const char                 *assessed_on,
                              GError                    **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  return polku_store_set_demonstration_unit (self->store, self->record->demonstration_id, unit_id, osa_alue_id,
                                             outcome, level_id, assessed_on, error) &&
         polku_demonstration_refresh (self, error);
}

gboolean
polku_demonstration_remove_unit (PolkuDemonstration  *self,
                                 gint64               unit_id,
                                 gint64               osa_alue_id,
                                 GError             **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  return polku_store_remove_demonstration_unit (self->store, self->record->demonstration_id, unit_id,
                                                osa_alue_id, error) &&
         polku_demonstration_refresh (self, error);
}

/**
 * polku_demonstration_add_assessor:
 * @assessor: side, name (required), organisation, business_id, provider_id
 *   and role (a code of ammatillisennaytonarvioinnistapaattaneet); the
 *   demonstration_id is this one's
 *
 * Returns: the new assessor_id, or 0 with @error set
 */
gint64
polku_demonstration_add_assessor (PolkuDemonstration        *self,
                                  const PolkuAssessorRecord *assessor,
                                  GError                   **error)
{
  g_autoptr(PolkuAssessorRecord) record = NULL;
  gint64 id;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), 0);
  g_return_val_if_fail (assessor != NULL, 0);

  record = polku_assessor_record_copy (assessor);
  record->demonstration_id = self->record->demonstration_id;
  id = polku_store_add_assessor (self->store, record, error);
  if (id == 0 || !polku_demonstration_refresh (self, error))
    return 0;

  return id;
}

gboolean
polku_demonstration_update_assessor (PolkuDemonstration        *self,
                                     const PolkuAssessorRecord *assessor,
                                     GError                   **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  return polku_store_update_assessor (self->store, assessor, error) &&
         polku_demonstration_refresh (self, error);
}

gboolean
polku_demonstration_remove_assessor (PolkuDemonstration  *self,
                                     gint64               assessor_id,
                                     GError             **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  return polku_store_delete_assessor (self->store, assessor_id, error) &&
         polku_demonstration_refresh (self, error);
}

/**
 * polku_demonstration_set_participants:
 * @koodi_uris: (array zero-terminated=1) (nullable): codes of
 *   ammatillisennaytonarviointikeskusteluunosallistuneet
 */
gboolean
polku_demonstration_set_participants (PolkuDemonstration  *self,
                                      const char * const  *koodi_uris,
                                      GError             **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  return polku_store_set_demonstration_participants (self->store, self->record->demonstration_id,
                                                     koodi_uris, error) &&
         polku_demonstration_refresh (self, error);
}

gint64
polku_demonstration_add_criterion (PolkuDemonstration  *self,
                                   gint64               requirement_id,
                                   const char          *text,
                                   GError             **error)
{
  gint64 id;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), 0);

  id = polku_store_add_individual_criterion (self->store, self->record->demonstration_id, requirement_id,
                                             text, error);
  if (id == 0 || !polku_demonstration_refresh (self, error))
    return 0;

  return id;
}

gboolean
polku_demonstration_remove_criterion (PolkuDemonstration  *self,
                                      gint64               criterion_id,
                                      GError             **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (self), FALSE);

  return polku_store_delete_individual_criterion (self->store, criterion_id, error) &&
         polku_demonstration_refresh (self, error);
}
