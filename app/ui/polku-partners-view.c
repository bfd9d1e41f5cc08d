/* polku-partners-view.c: education providers and the cooperation agreements
 * with them. The list page flags agreements that end within 60 days or have
 * ended (a badge with an icon and words, and a summary row on top); a row
 * opens its editor. New items are created at once with a placeholder name
 * that the editor offers for typing over; deleting offers Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-partners-view"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-agreement-editor.h"
#include "polku-agreement-list.h"
#include "polku-autosave.h"
#include "polku-catalogue-format.h"
#include "polku-partners-view.h"
#include "polku-provider-editor.h"
#include "polku-provider-list.h"

struct _PolkuPartnersView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkWidget            *attention_list;
  AdwActionRow         *attention_row;
  GtkSwitch            *flagged_switch;
  GtkListBox           *agreements_list;
  GtkListBox           *providers_list;
  PolkuAgreementEditor *agreement_editor;
  PolkuProviderEditor  *provider_editor;

  /* Owned */
  PolkuContext         *context;
  PolkuAgreementList   *agreements;
  PolkuProviderList    *providers;
};

G_DEFINE_FINAL_TYPE (PolkuPartnersView, polku_partners_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static GtkWidget *
new_chevron (void)
{
  GtkWidget *image = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open"), -1);
  return image;
}

/**
 * expiry_text:
 *
 * Returns: (transfer full) (nullable): the words of an agreement's flag, or
 *   %NULL when it is not flagged
 */
static char *
expiry_text (PolkuAgreement *agreement)
{
  int days = polku_agreement_get_days_left (agreement);

  if (polku_agreement_get_archived (agreement))
    return NULL;

  switch (polku_agreement_get_expiry_state (agreement))
    {
    case POLKU_EXPIRY_EXPIRED:
      /* Translators: an agreement's flag; %d is a number of days. */
      return g_strdup_printf (ngettext ("Ended %d day ago", "Ended %d days ago", -days), -days);

    case POLKU_EXPIRY_EXPIRING:
      if (days == 0)
        return g_strdup (_("Ends today"));
      /* Translators: an agreement's flag; %d is a number of days. */
      return g_strdup_printf (ngettext ("Ends in %d day", "Ends in %d days", days), days);

    case POLKU_EXPIRY_OK:
    default:
      return NULL;
    }
}

static char *
agreement_subtitle (PolkuAgreement *agreement)
{
  g_autoptr(GString) text = g_string_new (polku_agreement_get_kind_label (agreement));
  g_autofree char *until = polku_catalogue_format_date (polku_agreement_get_valid_to (agreement));
  const char *provider = polku_agreement_get_provider_name (agreement);
  const char *workshop = polku_agreement_get_workshop_name (agreement);

  if (provider != NULL)
    g_string_append_printf (text, " · %s", provider);
  if (workshop != NULL)
    g_string_append_printf (text, " · %s", workshop);
  if (until != NULL)
    {
      g_string_append (text, " · ");
      /* Translators: the end of an agreement, e.g. "valid to 31.12.2025". */
      g_string_append_printf (text, _("valid to %s"), until);
    }
  else
    g_string_append_printf (text, " · %s", _("no end date"));
  if (polku_agreement_get_archived (agreement))
    g_string_append_printf (text, " · %s", _("archived"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_agreement_row (GtkWidget *row)
{
  PolkuAgreement *agreement = g_object_get_data (G_OBJECT (row), "agreement");
  GtkWidget *badge = g_object_get_data (G_OBJECT (row), "badge");
  GtkWidget *icon = gtk_widget_get_first_child (badge);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  g_autofree char *subtitle = agreement_subtitle (agreement);
  g_autofree char *flag = expiry_text (agreement);
  const char *title = polku_agreement_get_title (agreement);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : _("Untitled Agreement"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_remove_css_class (badge, "agreement-expiring");
  gtk_widget_remove_css_class (badge, "agreement-expired");
  gtk_widget_set_visible (badge, flag != NULL);
  if (flag == NULL)
    return;

  gtk_label_set_label (GTK_LABEL (label), flag);
  if (polku_agreement_get_expiry_state (agreement) == POLKU_EXPIRY_EXPIRED)
    {
      gtk_widget_add_css_class (badge, "agreement-expired");
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "dialog-error-symbolic");
    }
  else
    {
      gtk_widget_add_css_class (badge, "agreement-expiring");
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "dialog-warning-symbolic");
    }
}

static GtkWidget *
create_agreement_row (gpointer item,
                      gpointer user_data)
{
  PolkuAgreement *agreement = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  gtk_widget_add_css_class (badge, "polku-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Needs attention"), -1);
  gtk_box_append (GTK_BOX (badge), icon);
  gtk_box_append (GTK_BOX (badge), gtk_label_new (NULL));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_chevron ());

  g_object_set_data_full (G_OBJECT (row), "agreement", g_object_ref (agreement), g_object_unref);
  g_object_set_data (G_OBJECT (row), "badge", badge);
  g_signal_connect_object (agreement, "notify", G_CALLBACK (update_agreement_row), row, G_CONNECT_SWAPPED);
  update_agreement_row (row);
  return row;
}

static void
update_provider_row (GtkWidget *row)
{
  PolkuProvider *provider = g_object_get_data (G_OBJECT (row), "provider");
  guint n = polku_provider_get_n_agreements (provider);
  const char *oid = polku_provider_get_oid (provider);
  g_autofree char *agreements = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: under an education provider: how many agreements name it. */
  agreements = g_strdup_printf (ngettext ("%u agreement", "%u agreements", n), n);
  /* Translators: under an education provider: its OID (or "no OID"), then e.g. "2 agreements". */
  subtitle = g_strdup_printf (_("%s · %s"), oid != NULL ? oid : _("no OID"), agreements);
  if (polku_provider_get_archived (provider))
    {
      g_autofree char *plain = g_steal_pointer (&subtitle);

      subtitle = g_strdup_printf ("%s · %s", plain, _("archived"));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_provider_get_name (provider));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static GtkWidget *
create_provider_row (gpointer item,
                     gpointer user_data)
{
  PolkuProvider *provider = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("system-users-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_chevron ());

  g_object_set_data_full (G_OBJECT (row), "provider", g_object_ref (provider), g_object_unref);
  g_signal_connect_object (provider, "notify", G_CALLBACK (update_provider_row), row, G_CONNECT_SWAPPED);
  update_provider_row (row);
  return row;
}

static void
update_attention (PolkuPartnersView *self)
{
  guint n = self->agreements != NULL ? polku_agreement_list_get_n_flagged (self->agreements) : 0;
  g_autofree char *title = NULL;

  /* Keep the row while filtering, so that the switch can be turned off. */
  gtk_widget_set_visible (self->attention_list, n > 0 || gtk_switch_get_active (self->flagged_switch));

  /* Translators: the summary over the agreements list. */
  title = g_strdup_printf (ngettext ("%u agreement needs attention", "%u agreements need attention", n), n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->attention_row), title);
}

static void
show_agreement (PolkuPartnersView *self,
                PolkuAgreement    *agreement)
{
  polku_agreement_editor_set_agreement (self->agreement_editor, self->context, agreement,
                                        G_LIST_MODEL (self->providers));
  gtk_stack_set_visible_child_name (self->stack, "agreement");
}

static void
show_provider (PolkuPartnersView *self,
               PolkuProvider     *provider)
{
  polku_provider_editor_set_provider (self->provider_editor, self->context, provider);
  gtk_stack_set_visible_child_name (self->stack, "provider");
}

/* Deleting with Undo: the records are kept and added back. */

/* The toast may outlive the window: it must not keep the store open. */
typedef struct
{
  GWeakRef              store;
  PolkuAgreementRecord *agreement;
  PolkuProviderRecord  *provider;
  GPtrArray            *contacts;   /* PolkuContactRecord */
} Deleted;

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  g_weak_ref_clear (&deleted->store);
  g_clear_pointer (&deleted->agreement, polku_agreement_record_free);
  g_clear_pointer (&deleted->provider, polku_provider_record_free);
  g_clear_pointer (&deleted->contacts, g_ptr_array_unref);
  g_free (deleted);
}

static void
undo_delete (gpointer user_data)
{
  Deleted *deleted = user_data;
  g_autoptr(PolkuStore) store = g_weak_ref_get (&deleted->store);
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return;

  if (deleted->agreement != NULL)
    {
      if (polku_store_add_agreement (store, deleted->agreement, &error) == 0)
        g_warning ("Could not put the agreement back: %s", error->message);
      return;
    }

  if (deleted->provider != NULL)
    {
      gint64 id = polku_store_add_provider (store, deleted->provider, &error);

      if (id == 0)
        {
          g_warning ("Could not put the education provider back: %s", error->message);
          return;
        }

      for (guint i = 0; deleted->contacts != NULL && i < deleted->contacts->len; i++)
        {
          PolkuContactRecord *contact = g_ptr_array_index (deleted->contacts, i);

          contact->provider_id = id;
          if (polku_store_add_contact (store, contact, &error) == 0)
            {
              g_warning ("Could not put a contact person back: %s", error->message);
              g_clear_error (&error);
            }
        }
    }
}

/* Callbacks */

static void
show_list_cb (PolkuPartnersView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
agreement_activated_cb (PolkuPartnersView *self,
                        GtkListBoxRow     *row)
{
  show_agreement (self, g_object_get_data (G_OBJECT (row), "agreement"));
}

static void
provider_activated_cb (PolkuPartnersView *self,
                       GtkListBoxRow     *row)
{
  show_provider (self, g_object_get_data (G_OBJECT (row), "provider"));
}

static void
flagged_only_toggled_cb (PolkuPartnersView *self)
{
  if (self->agreements != NULL)
    polku_agreement_list_set_flagged_only (self->agreements, gtk_switch_get_active (self->flagged_switch));
  update_attention (self);
}

static void
add_agreement_clicked_cb (PolkuPartnersView *self)
{
  g_autoptr(PolkuAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  gint64 provider_id = 0;

  if (self->agreements == NULL)
    return;

  /* With one partner, that is who the agreement is with. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->providers)) == 1)
    {
      g_autoptr(PolkuProvider) only = g_list_model_get_item (G_LIST_MODEL (self->providers), 0);

      provider_id = polku_provider_get_id (only);
    }

  gtk_switch_set_active (self->flagged_switch, FALSE);
  agreement = polku_agreement_list_add (self->agreements, POLKU_AGREEMENT_KIND_COOPERATION,
                                        _("New agreement"), provider_id, &error);
  if (agreement == NULL)
    {
      polku_show_toast (GTK_WIDGET (self->toast_overlay), error->message);
      return;
    }

  show_agreement (self, agreement);
  polku_agreement_editor_focus_title (self->agreement_editor);
}

static void
add_provider_clicked_cb (PolkuPartnersView *self)
{
  g_autoptr(PolkuProvider) provider = NULL;
  g_autoptr(GError) error = NULL;

  if (self->providers == NULL)
    return;

  provider = polku_provider_list_add (self->providers, _("New education provider"), NULL, &error);
  if (provider == NULL)
    {
      polku_show_toast (GTK_WIDGET (self->toast_overlay), error->message);
      return;
    }

  show_provider (self, provider);
  polku_provider_editor_focus_name (self->provider_editor);
}

static void
delete_agreement_cb (PolkuPartnersView *self)
{
  PolkuAgreement *agreement = polku_agreement_editor_get_agreement (self->agreement_editor);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  Deleted *deleted;

  if (agreement == NULL)
    return;

  deleted = g_new0 (Deleted, 1);
  g_weak_ref_init (&deleted->store, polku_context_get_store (self->context));
  deleted->agreement = polku_agreement_record_copy (polku_agreement_get_record (agreement));

  if (!polku_agreement_list_delete (self->agreements, agreement, &error))
    {
      deleted_free (deleted);
      polku_show_toast (GTK_WIDGET (self->toast_overlay), error->message);
      return;
    }

  show_list_cb (self);
  polku_agreement_editor_set_agreement (self->agreement_editor, self->context, NULL, G_LIST_MODEL (self->providers));
  /* Translators: a toast; %s is an agreement's title. */
  message = g_strdup_printf (_("“%s” deleted"), deleted->agreement->title);
  polku_show_undo_toast (GTK_WIDGET (self->toast_overlay), message, undo_delete, deleted, deleted_free);
}

static void
delete_provider_cb (PolkuPartnersView *self)
{
  PolkuProvider *provider = polku_provider_editor_get_provider (self->provider_editor);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  Deleted *deleted;

  if (provider == NULL)
    return;

  deleted = g_new0 (Deleted, 1);
  g_weak_ref_init (&deleted->store, polku_context_get_store (self->context));
  deleted->provider = polku_provider_record_copy (polku_provider_get_record (provider));
  deleted->contacts = polku_store_list_contacts (polku_context_get_store (self->context), 0,
                                                 polku_provider_get_id (provider), &error);
  if (deleted->contacts == NULL ||
      !polku_provider_list_delete (self->providers, provider, &error))
    {
      /* Agreements still name it: the store says which way out there is. */
      deleted_free (deleted);
      polku_show_toast (GTK_WIDGET (self->toast_overlay), error->message);
      return;
    }

  show_list_cb (self);
  polku_provider_editor_set_provider (self->provider_editor, self->context, NULL);
  /* Translators: a toast; %s is an education provider's name. */
  message = g_strdup_printf (_("“%s” deleted"), deleted->provider->name);
  polku_show_undo_toast (GTK_WIDGET (self->toast_overlay), message, undo_delete, deleted, deleted_free);
}

/* An agreement or provider deleted elsewhere closes its editor. */
static void
lists_changed_cb (PolkuPartnersView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  PolkuAgreement *agreement = polku_agreement_editor_get_agreement (self->agreement_editor);
  PolkuProvider *provider = polku_provider_editor_get_provider (self->provider_editor);

  if (g_strcmp0 (page, "agreement") == 0 &&
      (agreement == NULL || polku_agreement_list_find (self->agreements, polku_agreement_get_id (agreement)) == NULL))
    show_list_cb (self);
  else if (g_strcmp0 (page, "provider") == 0 &&
           (provider == NULL || polku_provider_list_find (self->providers, polku_provider_get_id (provider)) == NULL))
    show_list_cb (self);
}

/* GObject overrides */

static void
polku_partners_view_dispose (GObject *object)
{
  PolkuPartnersView *self = (PolkuPartnersView *)object;

  if (self->agreements != NULL)
    g_signal_handlers_disconnect_by_data (self->agreements, self);
  if (self->providers != NULL)
    g_signal_handlers_disconnect_by_data (self->providers, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_PARTNERS_VIEW);

  g_clear_object (&self->agreements);
  g_clear_object (&self->providers);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_partners_view_parent_class)->dispose (object);
}

static void
polku_partners_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PolkuPartnersView *self = POLKU_PARTNERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_partners_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PolkuPartnersView *self = POLKU_PARTNERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_partners_view_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_partners_view_class_init (PolkuPartnersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_partners_view_dispose;
  object_class->get_property = polku_partners_view_get_property;
  object_class->set_property = polku_partners_view_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-partners-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuPartnersView, agreement_editor);
  gtk_widget_class_bind_template_child (widget_class, PolkuPartnersView, agreements_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuPartnersView, attention_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuPartnersView, attention_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPartnersView, flagged_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuPartnersView, provider_editor);
  gtk_widget_class_bind_template_child (widget_class, PolkuPartnersView, providers_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuPartnersView, stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuPartnersView, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, add_agreement_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_provider_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, agreement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_agreement_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_provider_cb);
  gtk_widget_class_bind_template_callback (widget_class, flagged_only_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, provider_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_list_cb);

  g_type_ensure (POLKU_TYPE_AGREEMENT_EDITOR);
  g_type_ensure (POLKU_TYPE_PROVIDER_EDITOR);
}

static void
polku_partners_view_init (PolkuPartnersView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
polku_partners_view_new (void)
{
  return g_object_new (POLKU_TYPE_PARTNERS_VIEW, NULL);
}

/**
 * polku_partners_view_set_context:
 * @context: (nullable): the context
 */
void
polku_partners_view_set_context (PolkuPartnersView *self,
                                 PolkuContext      *context)
{
  g_return_if_fail (POLKU_IS_PARTNERS_VIEW (self));
  g_return_if_fail (!context || POLKU_IS_CONTEXT (context));

  if (context == self->context)
    return;

  gtk_list_box_bind_model (self->agreements_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->providers_list, NULL, NULL, NULL, NULL);
  if (self->agreements != NULL)
    g_signal_handlers_disconnect_by_data (self->agreements, self);
  if (self->providers != NULL)
    g_signal_handlers_disconnect_by_data (self->providers, self);
  g_clear_object (&self->agreements);
  g_clear_object (&self->providers);
  g_set_object (&self->context, context);
  show_list_cb (self);

  if (context != NULL)
    {
      PolkuStore *store = polku_context_get_store (context);

      self->agreements = polku_agreement_list_new (store);
      self->providers = polku_provider_list_new (store);
      polku_agreement_list_set_flagged_only (self->agreements, gtk_switch_get_active (self->flagged_switch));
      gtk_list_box_bind_model (self->agreements_list, G_LIST_MODEL (self->agreements), create_agreement_row,
                               self, NULL);
      gtk_list_box_bind_model (self->providers_list, G_LIST_MODEL (self->providers), create_provider_row,
                               self, NULL);
      g_signal_connect_swapped (self->agreements, "notify::n-flagged", G_CALLBACK (update_attention), self);
      g_signal_connect_swapped (self->agreements, "items-changed", G_CALLBACK (lists_changed_cb), self);
      g_signal_connect_swapped (self->providers, "items-changed", G_CALLBACK (lists_changed_cb), self);
    }

  update_attention (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}
