/* polku-structure-node.c: one node of a qualification's structure tree (a group
 * with its credit rule, or a unit), shaped for GtkTreeListModel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-structure-node"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-catalogue-text.h"
#include "polku-store-catalogue-read.h"
#include "polku-structure-node.h"

struct _PolkuStructureNode
{
  GObject             parent_instance;

  /* Owned */
  char               *path;
  char               *name_fi;
  char               *name_sv;
  char               *description_fi;
  char               *description_sv;
  char               *osaamisala_uri;
  char               *tutkintonimike_uri;
  char               *credits_text;
  char               *count_text;
  char               *rule_text;
  char               *code;
  char               *code_uri;
  char               *language;
  GListStore         *children;          /* groups only */

  PolkuStructureRole  role;
  double              credits_min;
  double              credits_max;
  gint64              unit_id;
  int                 mandatory;         /* 1, 0 or -1 */
  guint               is_unit : 1;
  guint               missing : 1;
};

G_DEFINE_FINAL_TYPE (PolkuStructureNode, polku_structure_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_IS_UNIT,
  PROP_PATH,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_ROLE_LABEL,
  PROP_CREDITS_TEXT,
  PROP_COUNT_TEXT,
  PROP_RULE_TEXT,
  PROP_UNIT_ID,
  PROP_CODE,
  PROP_MANDATORY,
  PROP_STATUS_LABEL,
  PROP_MISSING,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static PolkuStructureRole
role_from_rooli (const char *rooli)
{
  if (rooli == NULL)
    return POLKU_STRUCTURE_ROLE_NONE;
  if (g_str_equal (rooli, "osaamisala"))
    return POLKU_STRUCTURE_ROLE_OSAAMISALA;
  if (g_str_equal (rooli, "tutkintonimike"))
    return POLKU_STRUCTURE_ROLE_TUTKINTONIMIKE;
  if (g_str_equal (rooli, "määrittelemätön"))
    return POLKU_STRUCTURE_ROLE_UNSPECIFIED;
  if (g_str_equal (rooli, "vieras"))
    return POLKU_STRUCTURE_ROLE_OTHER;
  return POLKU_STRUCTURE_ROLE_NONE;
}

static char *
join_rule (const char *credits,
           const char *count)
{
  if (credits != NULL && count != NULL)
    /* Translators: a rule of the structure: credits, then a number of units, e.g. "30 credits, 2 units". */
    return g_strdup_printf (_("%s, %s"), credits, count);
  return g_strdup (credits != NULL ? credits : count);
}

static PolkuStructureNode *
node_new_from_record (const PolkuStructureNodeRecord *record,
                      PolkuCreditUnit                 credit_unit,
                      const char                     *language)
{
  PolkuStructureNode *self = g_object_new (POLKU_TYPE_STRUCTURE_NODE, NULL);

  self->path = g_strdup (record->path);
  self->is_unit = record->is_unit;
  self->name_fi = g_strdup (record->nimi_fi);
  self->name_sv = g_strdup (record->nimi_sv);
  self->description_fi = g_strdup (record->kuvaus_fi);
  self->description_sv = g_strdup (record->kuvaus_sv);
  self->osaamisala_uri = g_strdup (record->osaamisala_uri);
  self->tutkintonimike_uri = g_strdup (record->tutkintonimike_uri);
  self->language = g_strdup (language != NULL ? language : "fi");

  if (record->is_unit)
    {
      self->unit_id = record->unit_id;
      self->code = g_strdup (record->koodi_arvo);
      self->code_uri = g_strdup (record->koodi_uri);
      self->mandatory = record->mandatory;
      self->missing = !record->embedded;
      self->credits_min = record->credits;
      self->credits_max = record->credits_max;
      self->credits_text = polku_catalogue_format_credits (record->credits, record->credits_max, credit_unit);
      self->rule_text = g_strdup (self->credits_text);
    }
  else
    {
      self->role = role_from_rooli (record->rooli);
      self->mandatory = -1;
      self->credits_min = record->laajuus_min;
      self->credits_max = record->laajuus_max;
      self->credits_text = polku_catalogue_format_credits (record->laajuus_min, record->laajuus_max, credit_unit);
      self->count_text = polku_catalogue_format_count (record->koko_min, record->koko_max);
      self->rule_text = join_rule (self->credits_text, self->count_text);
      self->children = g_list_store_new (POLKU_TYPE_STRUCTURE_NODE);
    }

  return self;
}

/* GObject overrides */

static void
polku_structure_node_finalize (GObject *object)
{
  PolkuStructureNode *self = (PolkuStructureNode *)object;

  g_free (self->path);
  g_free (self->name_fi);
  g_free (self->name_sv);
  g_free (self->description_fi);
  g_free (self->description_sv);
  g_free (self->osaamisala_uri);
  g_free (self->tutkintonimike_uri);
  g_free (self->credits_text);
  g_free (self->count_text);
  g_free (self->rule_text);
  g_free (self->code);
  g_free (self->code_uri);
  g_free (self->language);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (polku_structure_node_parent_class)->finalize (object);
}

static void
polku_structure_node_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PolkuStructureNode *self = POLKU_STRUCTURE_NODE (object);

  switch (prop_id)
    {
    case PROP_IS_UNIT:
      g_value_set_boolean (value, self->is_unit);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_NAME:
      g_value_set_string (value, polku_structure_node_get_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, polku_structure_node_get_description (self));
      break;

    case PROP_ROLE_LABEL:
      g_value_set_string (value, polku_structure_node_get_role_label (self));
      break;

    case PROP_CREDITS_TEXT:
      g_value_set_string (value, self->credits_text);
      break;

    case PROP_COUNT_TEXT:
      g_value_set_string (value, self->count_text);
      break;

    case PROP_RULE_TEXT:
      g_value_set_string (value, self->rule_text);
      break;

    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_MANDATORY:
      g_value_set_boolean (value, self->mandatory == 1);
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, polku_structure_node_get_status_label (self));
      break;

    case PROP_MISSING:
      g_value_set_boolean (value, self->missing);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_structure_node_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PolkuStructureNode *self = POLKU_STRUCTURE_NODE (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_structure_node_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_structure_node_class_init (PolkuStructureNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_structure_node_finalize;
  object_class->get_property = polku_structure_node_get_property;
  object_class->set_property = polku_structure_node_set_property;

  properties [PROP_IS_UNIT] =
    g_param_spec_boolean ("is-unit", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuStructureNode:name:
   *
   * The group's or the unit's name in #PolkuStructureNode:language, falling back to Finnish.
   */
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuStructureNode:role-label:
   *
   * What a group stands for ("Competence area", "Qualification title"), or %NULL.
   */
  properties [PROP_ROLE_LABEL] =
    g_param_spec_string ("role-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_CREDITS_TEXT] =
    g_param_spec_string ("credits-text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_COUNT_TEXT] =
    g_param_spec_string ("count-text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuStructureNode:rule-text:
   *
   * A group's rule ("30–45 credits", "2 units") or a unit's credits.
   */
  properties [PROP_RULE_TEXT] =
    g_param_spec_string ("rule-text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_MANDATORY] =
    g_param_spec_boolean ("mandatory", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuStructureNode:status-label:
   *
   * "Mandatory" or "Optional" on units, %NULL on groups.
   */
  properties [PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuStructureNode:missing:
   *
   * Whether the structure names a unit that the document does not contain.
   */
  properties [PROP_MISSING] =
    g_param_spec_boolean ("missing", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_structure_node_init (PolkuStructureNode *self)
{
  self->credits_min = POLKU_STORE_NO_VALUE;
  self->credits_max = POLKU_STORE_NO_VALUE;
  self->mandatory = -1;
}

/* Public API */

/**
 * polku_structure_node_load:
 * @suoritustapa: (nullable): the tree to read (reformi, ops, naytto); %NULL
 *   for a peruste without a structure, whose units become the root's children
 * @credit_unit: how the peruste counts credits
 * @language: (nullable): "fi" or "sv"
 *
 * Returns: (transfer full): the root group; its children are the top of the tree
 */
PolkuStructureNode *
polku_structure_node_load (PolkuStore       *store,
                           gint64            peruste_id,
                           const char       *suoritustapa,
                           PolkuCreditUnit   credit_unit,
                           const char       *language,
                           GError          **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) by_path = NULL;
  g_autoptr(PolkuStructureNode) root = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  records = polku_store_list_structure (store, peruste_id, suoritustapa, error);
  if (records == NULL)
    return NULL;

  by_path = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    {
      const PolkuStructureNodeRecord *record = g_ptr_array_index (records, i);
      g_autoptr(PolkuStructureNode) node = node_new_from_record (record, credit_unit, language);
      PolkuStructureNode *parent = NULL;

      if (record->parent_path != NULL)
        parent = g_hash_table_lookup (by_path, record->parent_path);

      if (root == NULL)
        {
          /* The first row in preorder is the root; a tree without one gets an empty root. */
          if (record->parent_path == NULL && !record->is_unit)
            {
              root = g_object_ref (node);
              g_hash_table_insert (by_path, root->path, root);
              continue;
            }

          root = g_object_new (POLKU_TYPE_STRUCTURE_NODE, NULL);
          root->path = g_strdup ("");
          root->language = g_strdup (language != NULL ? language : "fi");
          root->children = g_list_store_new (POLKU_TYPE_STRUCTURE_NODE);
        }

      if (parent == NULL || parent->children == NULL)
        parent = root;

      g_list_store_append (parent->children, node);
      if (node->children != NULL)
        g_hash_table_insert (by_path, node->path, node);
    }

  if (root == NULL)
    {
      root = g_object_new (POLKU_TYPE_STRUCTURE_NODE, NULL);
      root->path = g_strdup ("");
      root->language = g_strdup (language != NULL ? language : "fi");
      root->children = g_list_store_new (POLKU_TYPE_STRUCTURE_NODE);
    }

  return g_steal_pointer (&root);
}

/**
 * polku_structure_node_create_children_model:
 * @item: (type PolkuStructureNode): a node
 *
 * A #GtkTreeListModelCreateModelFunc: a group's children, %NULL for units and
 * for groups that list no units (so that they get no expander).
 *
 * Returns: (transfer full) (nullable): a #GListModel of #PolkuStructureNode
 */
gpointer
polku_structure_node_create_children_model (gpointer item,
                                            gpointer user_data)
{
  PolkuStructureNode *self = item;

  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  if (self->children == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->children)) == 0)
    return NULL;

  return g_object_ref (self->children);
}

gboolean
polku_structure_node_is_unit (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), FALSE);

  return self->is_unit;
}

const char *
polku_structure_node_get_path (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->path;
}

/**
 * polku_structure_node_get_name:
 *
 * Returns: (nullable): the name in the node's language, else in Finnish
 */
const char *
polku_structure_node_get_name (PolkuStructureNode *self)
{
  const char *name;

  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  name = polku_catalogue_text_pick (self->name_fi, self->name_sv, NULL,
                                    g_strcmp0 (self->language, "sv") == 0, NULL);
  if (name != NULL)
    return name;

  if (self->is_unit)
    return self->missing ? _("Unit missing from the document") : _("Unnamed unit");

  return self->path != NULL && strchr (self->path, '.') != NULL ? _("Unnamed group") : NULL;
}

/**
 * polku_structure_node_get_description:
 *
 * Returns: (nullable): a note of the structure on this group or unit
 */
const char *
polku_structure_node_get_description (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return polku_catalogue_text_pick (self->description_fi, self->description_sv, NULL,
                                    g_strcmp0 (self->language, "sv") == 0, NULL);
}

PolkuStructureRole
polku_structure_node_get_role (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), POLKU_STRUCTURE_ROLE_NONE);

  return self->role;
}

/**
 * polku_structure_node_get_role_label:
 *
 * Returns: (nullable): what the group stands for
 */
const char *
polku_structure_node_get_role_label (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  switch (self->role)
    {
    case POLKU_STRUCTURE_ROLE_OSAAMISALA:
      /* Translators: osaamisala, a specialisation of a vocational qualification. */
      return _("Competence area");
    case POLKU_STRUCTURE_ROLE_TUTKINTONIMIKE:
      /* Translators: tutkintonimike, the title a graduate may use. */
      return _("Qualification title");
    case POLKU_STRUCTURE_ROLE_UNSPECIFIED:
      /* Translators: a group of the structure (määrittelemätön) whose units the document does not list. */
      return _("Units not listed");
    case POLKU_STRUCTURE_ROLE_NONE:
    case POLKU_STRUCTURE_ROLE_OTHER:
    default:
      return NULL;
    }
}

const char *
polku_structure_node_get_osaamisala_uri (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->osaamisala_uri;
}

const char *
polku_structure_node_get_tutkintonimike_uri (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->tutkintonimike_uri;
}

/**
 * polku_structure_node_get_credits_text:
 *
 * Returns: (nullable): "25 credits", "30–45 credits", or %NULL
 */
const char *
polku_structure_node_get_credits_text (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->credits_text;
}

/**
 * polku_structure_node_get_count_text:
 *
 * Returns: (nullable): how many units a group asks for, or %NULL
 */
const char *
polku_structure_node_get_count_text (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->count_text;
}

/**
 * polku_structure_node_get_rule_text:
 *
 * Returns: (nullable): the credits and the count together
 */
const char *
polku_structure_node_get_rule_text (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->rule_text;
}

/**
 * polku_structure_node_get_credits_min:
 *
 * Returns: a group's minimum or a unit's credits; negative when unset
 */
double
polku_structure_node_get_credits_min (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), POLKU_STORE_NO_VALUE);

  return self->credits_min;
}

/**
 * polku_structure_node_get_credits_max:
 *
 * Returns: a group's maximum or the upper end of a unit's range; negative when unset
 */
double
polku_structure_node_get_credits_max (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), POLKU_STORE_NO_VALUE);

  return self->credits_max;
}

gint64
polku_structure_node_get_unit_id (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), 0);

  return self->unit_id;
}

/**
 * polku_structure_node_get_code:
 *
 * Returns: (nullable): the unit's national code, e.g. "106945"
 */
const char *
polku_structure_node_get_code (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->code;
}

const char *
polku_structure_node_get_code_uri (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->code_uri;
}

gboolean
polku_structure_node_get_mandatory (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), FALSE);

  return self->mandatory == 1;
}

gboolean
polku_structure_node_get_mandatory_known (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), FALSE);

  return self->mandatory >= 0;
}

/**
 * polku_structure_node_get_status_label:
 *
 * Returns: (nullable): "Mandatory" or "Optional" for units
 */
const char *
polku_structure_node_get_status_label (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  if (!self->is_unit || self->mandatory < 0)
    return NULL;

  /* Translators: a unit that everyone in this part of the qualification completes. */
  return self->mandatory ? _("Mandatory") : C_("unit", "Optional");
}

gboolean
polku_structure_node_get_missing (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), FALSE);

  return self->missing;
}

/**
 * polku_structure_node_get_children:
 *
 * Returns: (transfer none) (nullable): the group's children, %NULL for units
 */
GListModel *
polku_structure_node_get_children (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->children != NULL ? G_LIST_MODEL (self->children) : NULL;
}

/**
 * polku_structure_node_get_n_units:
 *
 * Returns: how many unit leaves the subtree holds (a unit listed twice counts twice)
 */
guint
polku_structure_node_get_n_units (PolkuStructureNode *self)
{
  guint n = 0;

  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), 0);

  if (self->is_unit)
    return 1;

  for (guint i = 0; self->children != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->children)); i++)
    {
      g_autoptr(PolkuStructureNode) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);

      n += polku_structure_node_get_n_units (child);
    }

  return n;
}

const char *
polku_structure_node_get_language (PolkuStructureNode *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  return self->language;
}

/**
 * polku_structure_node_set_language:
 * @language: "fi" or "sv"
 *
 * Switches the node and its whole subtree, keeping the tree (and so what a
 * view has expanded) as it is.
 */
void
polku_structure_node_set_language (PolkuStructureNode *self,
                                   const char         *language)
{
  g_autofree char *old_name = NULL;
  g_autofree char *old_description = NULL;

  g_return_if_fail (POLKU_IS_STRUCTURE_NODE (self));
  g_return_if_fail (language != NULL);

  if (g_strcmp0 (self->language, language) == 0)
    return;

  old_name = g_strdup (polku_structure_node_get_name (self));
  old_description = g_strdup (polku_structure_node_get_description (self));
  g_free (self->language);
  self->language = g_strdup (language);

  for (guint i = 0; self->children != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->children)); i++)
    {
      g_autoptr(PolkuStructureNode) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);

      polku_structure_node_set_language (child, language);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
  if (g_strcmp0 (old_name, polku_structure_node_get_name (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
  if (g_strcmp0 (old_description, polku_structure_node_get_description (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

/**
 * polku_structure_node_find_unit:
 *
 * Returns: (transfer none) (nullable): the first leaf for @unit_id in the
 *   subtree, in the order the tree lists them
 */
PolkuStructureNode *
polku_structure_node_find_unit (PolkuStructureNode *self,
                                gint64              unit_id)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);

  if (self->is_unit)
    return self->unit_id == unit_id ? self : NULL;

  for (guint i = 0; self->children != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->children)); i++)
    {
      g_autoptr(PolkuStructureNode) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);
      PolkuStructureNode *found = polku_structure_node_find_unit (child, unit_id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * polku_structure_node_find_path:
 *
 * Returns: (transfer none) (nullable): the node at @path in the subtree
 */
PolkuStructureNode *
polku_structure_node_find_path (PolkuStructureNode *self,
                                const char         *path)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (g_strcmp0 (self->path, path) == 0)
    return self;

  for (guint i = 0; self->children != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->children)); i++)
    {
      g_autoptr(PolkuStructureNode) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);
      PolkuStructureNode *found = polku_structure_node_find_path (child, path);

      if (found != NULL)
        return found;
    }

  return NULL;
}
