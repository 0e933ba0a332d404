-- multiple-bibliographies.lua, the pandoc 2.11-2.18 form of the lua-filters filter:
-- each Div with id "refs-NAME" is filled by its own citeproc run over the file in `bibliography_NAME`.
local utils = require 'pandoc.utils'
local meta

local function citeproc(doc)
  return utils.run_json_filter(doc, 'pandoc', {'--from=json', '--to=json', '--citeproc', '--quiet'})
end

function Meta(m) meta = m end

function Div(div)
  local name = div.identifier:match('^refs%-(.+)$')
  if not name then return nil end
  local m = {}
  for k, v in pairs(meta) do m[k] = v end
  m.bibliography = meta['bibliography_' .. name]
  m.nocite = pandoc.MetaInlines{pandoc.Cite({pandoc.Str('@*')}, {pandoc.Citation('*', 'AuthorInText')})}
  local tmp = pandoc.Pandoc({pandoc.Div({}, pandoc.Attr('refs'))}, pandoc.Meta(m))
  return citeproc(tmp).blocks
end

return {{Meta = Meta}, {Div = Div}}
