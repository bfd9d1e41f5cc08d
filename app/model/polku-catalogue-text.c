/* polku-catalogue-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-catalogue-text"

#include "config.h"

#include "polku-catalogue-text.h"

static inline gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/**
 * polku_catalogue_text_pick:
 * @swedish: whether Swedish texts are wanted (the `show-swedish` setting)
 * @out_fallback: (out) (optional): set to %TRUE when the text is not in the
 *   wanted language, so that the page can say so
 *
 * Picks the Finnish or the Swedish text of a catalogue item. A missing text
 * falls back to Finnish, then to the other language, then to English: some
 * requirements have no Finnish text and some names exist only in Swedish.
 *
 * Returns: (transfer none) (nullable): one of the texts, or %NULL when all are empty
 */
const char *
polku_catalogue_text_pick (const char *fi,
                           const char *sv,
                           const char *en,
                           gboolean    swedish,
                           gboolean   *out_fallback)
{
  const char *wanted = swedish ? sv : fi;
  const char *order[] = { fi, sv, en };

  if (out_fallback != NULL)
    *out_fallback = FALSE;

  if (has_text (wanted))
    return wanted;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      if (has_text (order[i]))
        {
          if (out_fallback != NULL)
            *out_fallback = TRUE;
          return order[i];
        }
    }

  return NULL;
}
