do
  goto x1
  ::x1::
  ::x2::
end
