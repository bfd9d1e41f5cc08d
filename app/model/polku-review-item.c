/* polku-review-item.c: one competence in the teacher review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-review-item"

#include "config.h"


#include "polku-level-choice.h"
#include "polku-review-item.h"

struct _PolkuReviewItem
{
  GObject                parent_instance;

  PolkuReviewItemRecord *record;
};

G_DEFINE_FINAL_TYPE (PolkuReviewItem, polku_review_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
polku_review_item_finalize (GObject *object)
{
  PolkuReviewItem *self = (PolkuReviewItem *)object;

  g_clear_pointer (&self->record, polku_review_item_record_free);

  G_OBJECT_CLASS (polku_review_item_parent_class)->finalize (object);
}

static void
polku_review_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PolkuReviewItem *self = POLKU_REVIEW_ITEM (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_pointer (value, self->record);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_review_item_class_init (PolkuReviewItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_review_item_finalize;
  object_class->get_property = polku_review_item_get_property;

  /* The PolkuReviewItemRecord; notified whenever it is replaced. */
  properties [PROP_RECORD] =
    g_param_spec_pointer ("record", NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_review_item_init (PolkuReviewItem *self)
{
}

/**
 * polku_review_item_new:
 * @record: (transfer full): the item's record
 */
PolkuReviewItem *
polku_review_item_new (PolkuReviewItemRecord *record)
{
  PolkuReviewItem *self;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_REVIEW_ITEM, NULL);
  self->record = record;
  return self;
}

void
_polku_review_item_update (PolkuReviewItem       *self,
                           PolkuReviewItemRecord *record)
{
  g_return_if_fail (POLKU_IS_REVIEW_ITEM (self));
  g_return_if_fail (record != NULL);

  g_clear_pointer (&self->record, polku_review_item_record_free);
  self->record = record;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RECORD]);
}

const PolkuReviewItemRecord *
polku_review_item_get_record (PolkuReviewItem *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), NULL);

  return self->record;
}

gint64
polku_review_item_get_competence_id (PolkuReviewItem *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), 0);

  return self->record->competence_id;
}

gint64
polku_review_item_get_learner_id (PolkuReviewItem *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), 0);

  return self->record->learner_id;
}

gint64
polku_review_item_get_requirement_id (PolkuReviewItem *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), 0);

  return self->record->requirement_id;
}

gint64
polku_review_item_get_unit_id (PolkuReviewItem *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), 0);

  return self->record->unit_id;
}

/* Recognised: nobody may change it but by reopening. */
gboolean
polku_review_item_get_locked (PolkuReviewItem *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), FALSE);

  return self->record->status == POLKU_COMPETENCE_RECOGNISED;
}

/* Whether it waits for a decision (none yet, or more evidence asked for). */
gboolean
polku_review_item_get_waiting (PolkuReviewItem *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), FALSE);

  return (self->record->status == POLKU_COMPETENCE_IDENTIFIED ||
          self->record->status == POLKU_COMPETENCE_DEMONSTRATED) &&
         (self->record->teacher_decision == POLKU_TEACHER_DECISION_NONE ||
          self->record->teacher_decision == POLKU_TEACHER_DECISION_MORE_EVIDENCE);
}

static const char *
pick (const char *fi,
      const char *sv,
      gboolean    swedish)
{
  if (swedish && sv != NULL && *sv != '\0')
    return sv;
  if (fi != NULL && *fi != '\0')
    return fi;
  return sv;
}

/* The requirement (or osa-alue objective) in Finnish or Swedish. */
const char *
polku_review_item_get_text (PolkuReviewItem *self,
                            gboolean         swedish)
{
  const char *text;

  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), NULL);

  text = pick (self->record->text_fi, self->record->text_sv, swedish);
  return text != NULL ? text : "";
}

/* "Unit name (code)", with the osa-alue after a dash when there is one. */
char *
polku_review_item_dup_unit_title (PolkuReviewItem *self,
                                  gboolean         swedish)
{
  const PolkuReviewItemRecord *r;
  const char *unit;
  const char *osa_alue;
  g_autoptr(GString) title = g_string_new (NULL);

  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), NULL);

  r = self->record;
  unit = pick (r->unit_nimi_fi, r->unit_nimi_sv, swedish);
  osa_alue = pick (r->osa_alue_nimi_fi, r->osa_alue_nimi_sv, swedish);
  g_string_append (title, unit != NULL ? unit : "");
  if (r->unit_code != NULL)
    g_string_append_printf (title, " (%s)", r->unit_code);
  if (osa_alue != NULL)
    g_string_append_printf (title, " – %s", osa_alue);

  return g_string_free (g_steal_pointer (&title), FALSE);
}

const char *
polku_review_item_get_level_label (PolkuReviewItem *self,
                                   gboolean         swedish)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), NULL);

  return pick (self->record->level_fi, self->record->level_sv, swedish);
}

char *
polku_review_item_dup_tasks_text (PolkuReviewItem *self)
{
  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), NULL);

  {
    GPtrArray *titles = self->record->task_titles;
    g_autofree const char **strv = g_new0 (const char *, titles->len + 1);

    for (guint i = 0; i < titles->len; i++)
      strv[i] = g_ptr_array_index (titles, i);
    return g_strjoinv (", ", (char **) strv);
  }
}

/**
 * polku_review_item_dup_criteria_text:
 *
 * The criteria of the recorded level, on the unit's own scale, one per line.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when no level is
 *   recorded
 */
char *
polku_review_item_dup_criteria_text (PolkuReviewItem  *self,
                                     PolkuStore       *store,
                                     gboolean          swedish,
                                     GError          **error)
{
  g_autoptr(GListStore) choices = NULL;
  PolkuLevelChoice *choice;

  g_return_val_if_fail (POLKU_IS_REVIEW_ITEM (self), NULL);
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  if (self->record->level_id == 0)
    return NULL;

  choices = polku_level_choices_for_requirement (store, self->record->requirement_id, swedish ? "sv" : "fi",
                                                 NULL, error);
  if (choices == NULL)
    return NULL;

  choice = polku_level_choices_find (G_LIST_MODEL (choices), self->record->level_id);
  if (choice == NULL)
    return NULL;

  /* A level without criteria of its own says which levels it lies between. */
  if (!polku_level_choice_get_has_criteria (choice))
    return g_strdup (polku_level_choice_get_note (choice));

  return g_strdup (polku_level_choice_get_criteria_text (choice));
}
