/* polku-agreement-list.c: the cooperation agreements, those ending first
 * first, with their expiry flags.
 *
 * A GListModel of PolkuAgreement that follows the store: on every committed change it
 * reloads and keeps its objects (updated in place) by id, so that views keep
 * their rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-agreement-list"

#include "config.h"

#include <time.h>

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-agreement-list.h"

struct _PolkuAgreementList
{
  GObject    parent_instance;

  /* Owned */
  PolkuStore *store;
  gint64     provider_id;
  gboolean   show_archived;
  gboolean   flagged_only;
  char       *today;
  guint      warn_days;
  GPtrArray  *items;
  gulong     changed_id;
  gulong     reset_id;
  gulong     catalogue_id;
  guint n_flagged;
};

static void polku_agreement_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuAgreementList, polku_agreement_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_agreement_list_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_PROVIDER_ID,
  PROP_SHOW_ARCHIVED,
  PROP_FLAGGED_ONLY,
  PROP_TODAY,
  PROP_WARN_DAYS,
  PROP_N_FLAGGED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gint64
item_id (gpointer item)
{
  return polku_agreement_get_id (item);
}

static gint64
record_id (gconstpointer record,
           gpointer      data)
{
  return ((const PolkuAgreementRecord *) record)->agreement_id;
}

static gpointer
make_item (gpointer      data,
           gconstpointer record)
{
  PolkuAgreementList *self = data;

  return polku_agreement_new (self->store, record);
}

static void
update_item (gpointer      item,
             gconstpointer record)
{
  _polku_agreement_update (item, record);
}

static void
get_today (PolkuAgreementList *self,
           GDate              *today)
{
  g_date_clear (today, 1);
  if (!polku_date_parse_iso (self->today, today))
    g_date_set_time_t (today, time (NULL));
}

static GPtrArray *
load_agreements (PolkuAgreementList  *self,
                 GError             **error)
{
  g_autoptr(GPtrArray) records = NULL;
  GDate today;

  records = polku_store_list_agreements (self->store, self->provider_id, self->show_archived, error);
  if (records == NULL || !self->flagged_only)
    return g_steal_pointer (&records);

  get_today (self, &today);
  for (guint i = records->len; i > 0; i--)
    {
      PolkuAgreementRecord *record = g_ptr_array_index (records, i - 1);

      if (record->archived ||
          polku_agreement_expiry_state (record->valid_to, &today, self->warn_days) == POLKU_EXPIRY_OK)
        g_ptr_array_remove_index (records, i - 1);
    }

  return g_steal_pointer (&records);
}

/* After every reload and change of "today": the items judge expiry on our date. */
static void
update_flags (PolkuAgreementList *self)
{
  GDate today;
  guint n_flagged = 0;

  get_today (self, &today);
  for (guint i = 0; i < self->items->len; i++)
    {
      PolkuAgreement *agreement = g_ptr_array_index (self->items, i);

      polku_agreement_set_today (agreement, &today, self->warn_days);
      if (!polku_agreement_get_archived (agreement) &&
          polku_agreement_get_expiry_state (agreement) != POLKU_EXPIRY_OK)
        n_flagged++;
    }

  if (n_flagged != self->n_flagged)
    {
      self->n_flagged = n_flagged;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_FLAGGED]);
    }
}

static gboolean
reload (PolkuAgreementList  *self,
        GError             **error)
{
  g_autoptr(GPtrArray) records = NULL;

  records = load_agreements (self, error);
  if (records == NULL)
    return FALSE;

  if (_polku_list_model_sync (G_LIST_MODEL (self), self->items, records,
                              item_id, record_id, make_item, update_item, self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
  update_flags (self);

  return TRUE;
}

/* Returns a new reference to the item with @id: from the list when it shows
 * it, else read on its own. */
static PolkuAgreement *
find_or_load (PolkuAgreementList  *self,
              gint64               id,
              GError             **error)
{
  PolkuAgreement *item = polku_agreement_list_find (self, id);

  if (item != NULL)
    return g_object_ref (item);

  return polku_agreement_load (self->store, id, error);
}

/* Callbacks */

static void
store_changed_cb (PolkuAgreementList *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);
}

/* GListModel */

static GType
polku_agreement_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_AGREEMENT;
}

static guint
polku_agreement_list_get_n_items (GListModel *model)
{
  return POLKU_AGREEMENT_LIST (model)->items->len;
}

static gpointer
polku_agreement_list_get_item (GListModel *model,
                               guint       position)
{
  PolkuAgreementList *self = POLKU_AGREEMENT_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_agreement_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_agreement_list_get_item_type;
  iface->get_n_items = polku_agreement_list_get_n_items;
  iface->get_item = polku_agreement_list_get_item;
}

/* GObject overrides */

static void
polku_agreement_list_dispose (GObject *object)
{
  PolkuAgreementList *self = (PolkuAgreementList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->catalogue_id, self->store);
      g_clear_signal_handler (&self->reset_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_agreement_list_parent_class)->dispose (object);
}

static void
polku_agreement_list_finalize (GObject *object)
{
  PolkuAgreementList *self = (PolkuAgreementList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (polku_agreement_list_parent_class)->finalize (object);
}

static void
polku_agreement_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PolkuAgreementList *self = POLKU_AGREEMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_PROVIDER_ID:
      g_value_set_int64 (value, self->provider_id);
      break;

    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, self->show_archived);
      break;

    case PROP_FLAGGED_ONLY:
      g_value_set_boolean (value, self->flagged_only);
      break;

    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;

    case PROP_WARN_DAYS:
      g_value_set_uint (value, self->warn_days);
      break;

    case PROP_N_FLAGGED:
      g_value_set_uint (value, self->n_flagged);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_agreement_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PolkuAgreementList *self = POLKU_AGREEMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_PROVIDER_ID:
      polku_agreement_list_set_provider_id (self, g_value_get_int64 (value));
      break;

    case PROP_SHOW_ARCHIVED:
      polku_agreement_list_set_show_archived (self, g_value_get_boolean (value));
      break;

    case PROP_FLAGGED_ONLY:
      polku_agreement_list_set_flagged_only (self, g_value_get_boolean (value));
      break;

    case PROP_TODAY:
      polku_agreement_list_set_today (self, g_value_get_string (value));
      break;

    case PROP_WARN_DAYS:
      polku_agreement_list_set_warn_days (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_agreement_list_class_init (PolkuAgreementListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_agreement_list_dispose;
  object_class->finalize = polku_agreement_list_finalize;
  object_class->get_property = polku_agreement_list_get_property;
  object_class->set_property = polku_agreement_list_set_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Only this provider's agreements, or 0 for all */
  properties [PROP_PROVIDER_ID] =
    g_param_spec_int64 ("provider-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether archived agreements are listed too */
  properties [PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether only expired and expiring agreements are listed */
  properties [PROP_FLAGGED_ONLY] =
    g_param_spec_boolean ("flagged-only", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The date expiry is judged on (ISO), or NULL for the real today */
  properties [PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How many days ahead an end is flagged */
  properties [PROP_WARN_DAYS] =
    g_param_spec_uint ("warn-days", NULL, NULL,
                       0, G_MAXUINT, POLKU_AGREEMENT_WARN_DAYS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How many listed agreements are expired or expiring (archived ones never are) */
  properties [PROP_N_FLAGGED] =
    g_param_spec_uint ("n-flagged", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_agreement_list_init (PolkuAgreementList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->warn_days = POLKU_AGREEMENT_WARN_DAYS;
}

/* Public API */

/**
 * polku_agreement_list_new:
 * @store: the database
 *
 * Returns: (transfer full): the list, already loaded
 */
PolkuAgreementList *
polku_agreement_list_new (PolkuStore *store)
{
  g_autoptr(GError) error = NULL;
  PolkuAgreementList *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_AGREEMENT_LIST, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect_swapped (store, "changed::workshop",
                                              G_CALLBACK (store_changed_cb), self);
  self->catalogue_id = g_signal_connect_swapped (store, "changed::catalogue",
                                                G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset",
                                            G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the list: %s", error->message);

  return self;
}

PolkuStore *
polku_agreement_list_get_store (PolkuAgreementList *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), NULL);

  return self->store;
}

gint64
polku_agreement_list_get_provider_id (PolkuAgreementList *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), 0);

  return self->provider_id;
}

/**
 * polku_agreement_list_set_provider_id:
 *
 * Sets only this provider's agreements, or 0 for all, and reloads.
 */
void
polku_agreement_list_set_provider_id (PolkuAgreementList *self,
                                      gint64              provider_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_AGREEMENT_LIST (self));

  if (self->provider_id == provider_id)
    return;

  self->provider_id = provider_id;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROVIDER_ID]);
}

gboolean
polku_agreement_list_get_show_archived (PolkuAgreementList *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), FALSE);

  return self->show_archived;
}

/**
 * polku_agreement_list_set_show_archived:
 *
 * Sets whether archived agreements are listed too, and reloads.
 */
void
polku_agreement_list_set_show_archived (PolkuAgreementList *self,
                                        gboolean            show_archived)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_AGREEMENT_LIST (self));

  show_archived = !!show_archived;
  if (self->show_archived == show_archived)
    return;

  self->show_archived = show_archived;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_ARCHIVED]);
}

gboolean
polku_agreement_list_get_flagged_only (PolkuAgreementList *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), FALSE);

  return self->flagged_only;
}

/**
 * polku_agreement_list_set_flagged_only:
 *
 * Sets whether only expired and expiring agreements are listed, and reloads.
 */
void
polku_agreement_list_set_flagged_only (PolkuAgreementList *self,
                                       gboolean            flagged_only)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_AGREEMENT_LIST (self));

  flagged_only = !!flagged_only;
  if (self->flagged_only == flagged_only)
    return;

  self->flagged_only = flagged_only;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FLAGGED_ONLY]);
}

const char *
polku_agreement_list_get_today (PolkuAgreementList *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), NULL);

  return self->today;
}

/**
 * polku_agreement_list_set_today:
 *
 * Sets the date expiry is judged on (ISO), or NULL for the real today, and reloads.
 */
void
polku_agreement_list_set_today (PolkuAgreementList *self,
                                const char         *today)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_AGREEMENT_LIST (self));

  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TODAY]);
}

guint
polku_agreement_list_get_warn_days (PolkuAgreementList *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), 0);

  return self->warn_days;
}

/**
 * polku_agreement_list_set_warn_days:
 *
 * Sets how many days ahead an end is flagged, and reloads.
 */
void
polku_agreement_list_set_warn_days (PolkuAgreementList *self,
                                    guint               warn_days)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_AGREEMENT_LIST (self));

  if (self->warn_days == warn_days)
    return;

  self->warn_days = warn_days;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WARN_DAYS]);
}

/**
 * polku_agreement_list_reload:
 *
 * Reads the list again (it also follows the store by itself).
 */
gboolean
polku_agreement_list_reload (PolkuAgreementList  *self,
                             GError             **error)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), FALSE);

  return reload (self, error);
}

/**
 * polku_agreement_list_find:
 *
 * Returns: (transfer none) (nullable): the listed item with @id
 */
PolkuAgreement *
polku_agreement_list_find (PolkuAgreementList *self,
                           gint64              id)
{
  int index;

  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), NULL);

  index = _polku_list_find_id (self->items, item_id, id);
  if (index < 0)
    return NULL;

  return g_ptr_array_index (self->items, index);
}

/**
 * polku_agreement_list_add:
 * @title: the agreement's title
 * @provider_id: the education provider, or 0
 *
 * Returns: (transfer full): the new agreement, or %NULL with @error set
 */
PolkuAgreement *
polku_agreement_list_add (PolkuAgreementList  *self,
                          PolkuAgreementKind   kind,
                          const char          *title,
                          gint64               provider_id,
                          GError             **error)
{
  PolkuAgreementRecord record = { 0 };
  g_autoptr(PolkuAgreement) agreement = NULL;
  GDate today;
  gint64 id;

  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), NULL);

  record.kind = kind;
  record.title = (char *) title;
  record.provider_id = provider_id;
  id = polku_store_add_agreement (self->store, &record, error);
  if (id == 0)
    return NULL;

  agreement = find_or_load (self, id, error);
  if (agreement == NULL)
    return NULL;

  get_today (self, &today);
  polku_agreement_set_today (agreement, &today, self->warn_days);
  return g_steal_pointer (&agreement);
}

gboolean
polku_agreement_list_delete (PolkuAgreementList  *self,
                             PolkuAgreement      *agreement,
                             GError             **error)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), FALSE);
  g_return_val_if_fail (POLKU_IS_AGREEMENT (agreement), FALSE);

  return polku_store_delete_agreement (self->store, polku_agreement_get_id (agreement), error);
}

guint
polku_agreement_list_get_n_flagged (PolkuAgreementList *self)
{
  g_return_val_if_fail (POLKU_IS_AGREEMENT_LIST (self), 0);

  return self->n_flagged;
}
